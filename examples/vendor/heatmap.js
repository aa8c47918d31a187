/*
 * Stand-in for a session-recording / heatmap tag (think Microsoft Clarity or Hotjar),
 * served locally at /vendor/heatmap.js. Like the real thing it keeps a user id in a
 * first-party cookie (_clck), a session in localStorage (heatmap_session) and uploads with
 * fetch, here to the local collector (/collect/heatmap). `window.__ran` lists the tags that
 * executed.
 */
(function () {
  var script = document.currentScript;
  var name = (script && script.getAttribute('data-name')) || 'heatmap';
  (window.__ran = window.__ran || []).push(name);
  var userId = Math.random().toString(36).slice(2, 10);
  document.cookie = '_clck=' + userId + '|1|f|0; path=/; max-age=31536000; SameSite=Lax';
  try {
    localStorage.setItem('heatmap_session', JSON.stringify({ id: userId, start: Date.now() }));
  } catch {
    // Storage blocked: the real tags carry on without it too.
  }
  fetch('/collect/heatmap', { method: 'POST', body: JSON.stringify({ user: userId, events: [] }), keepalive: true });
})();
