/*
 * Local stand-in for an analytics tag (think gtag.js): served by the example itself, so the
 * example never contacts a real vendor. It records that it ran in window.__ran and sets a
 * first-party visitor-id cookie, as an analytics tag would.
 */
(function () {
  (window.__ran = window.__ran || []).push('analytics');
  document.cookie = '_ga=GA1.1.' + Math.floor(Math.random() * 1e9) + '; path=/; max-age=63072000; SameSite=Lax';
})();
