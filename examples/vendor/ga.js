/*
 * Stand-in for an analytics tag (think gtag.js / GA4), served locally at /vendor/ga.js so
 * examples and tests never contact a real vendor. Like the real thing it records a visitor
 * id in first-party cookies (_ga, _gid) and reports a page view with navigator.sendBeacon,
 * here to the local collector (/collect/ga). `window.__ran` lists the tags that executed.
 */
(function () {
  var script = document.currentScript;
  var name = (script && script.getAttribute('data-name')) || 'ga';
  (window.__ran = window.__ran || []).push(name);
  var clientId = Math.floor(Math.random() * 1e9) + '.' + Math.floor(Date.now() / 1000);
  document.cookie = '_ga=GA1.1.' + clientId + '; path=/; max-age=63072000; SameSite=Lax';
  document.cookie = '_gid=GA1.1.' + clientId + '; path=/; max-age=86400; SameSite=Lax';
  navigator.sendBeacon('/collect/ga?en=page_view&cid=' + clientId + '&dl=' + encodeURIComponent(location.href));
})();
