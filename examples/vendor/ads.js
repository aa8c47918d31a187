/*
 * Stand-in for an advertising pixel (think the Meta pixel or a Google Ads conversion tag),
 * served locally at /vendor/ads.js. Like the real thing it stores a browser id in
 * first-party cookies (_fbp, _gcl_au) and fires an image pixel, here to the local collector
 * (/collect/ads). `window.__ran` lists the tags that executed.
 */
(function () {
  var script = document.currentScript;
  var name = (script && script.getAttribute('data-name')) || 'ads';
  (window.__ran = window.__ran || []).push(name);
  var browserId = 'fb.1.' + Date.now() + '.' + Math.floor(Math.random() * 1e9);
  document.cookie = '_fbp=' + browserId + '; path=/; max-age=7776000; SameSite=Lax';
  document.cookie = '_gcl_au=1.1.' + Math.floor(Math.random() * 1e9) + '; path=/; max-age=7776000; SameSite=Lax';
  var pixel = new Image(1, 1);
  pixel.src = '/collect/ads?ev=PageView&fbp=' + encodeURIComponent(browserId);
})();
