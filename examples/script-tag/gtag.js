/*
 * Stand-in for Google's gtag.js, served locally so the example never contacts Google. It reads
 * the data layer the way gtag.js does — commands are `arguments` objects pushed by
 * `function gtag(){dataLayer.push(arguments)}`, plain objects are GTM events and ignored here —
 * and follows Consent Mode v2: it keeps the consent state from `consent default` / `update`,
 * writes its `_ga` cookie only while `analytics_storage` is granted, and sends each hit to the
 * local collector (/collect/gtag) with a `gcs` parameter like Google's (G1<ad><analytics>).
 * `window.__ran` lists the tags that executed.
 */
(function () {
  var w = window;
  (w.__ran = w.__ran || []).push('gtag');
  var consent = {};
  var bit = function (type) {
    return consent[type] === 'granted' ? '1' : '0';
  };
  function hit(name) {
    if (consent.analytics_storage === 'granted' && !/(^|; )_ga=/.test(document.cookie)) {
      document.cookie = '_ga=GA1.1.' + Math.floor(Math.random() * 1e9) + '.' + Math.floor(Date.now() / 1000) + '; path=/; max-age=63072000; SameSite=Lax';
    }
    navigator.sendBeacon('/collect/gtag?en=' + name + '&gcs=G1' + bit('ad_storage') + bit('analytics_storage'));
  }
  function apply(command) {
    if (!command || typeof command !== 'object' || typeof command.length !== 'number') return;
    if (command[0] === 'consent' && command[2]) {
      for (var type in command[2]) if (/_storage$|^ad_/.test(type)) consent[type] = command[2][type];
    } else if (command[0] === 'config') {
      hit('page_view');
    }
  }
  var layer = (w.dataLayer = w.dataLayer || []);
  // Like gtag.js with `wait_for_update`, hits queued before the tag loaded wait for the consent
  // commands queued with them: consent first, then the rest, in order.
  var isConsent = function (c) {
    return c && typeof c === 'object' && c[0] === 'consent';
  };
  for (var i = 0; i < layer.length; i++) if (isConsent(layer[i])) apply(layer[i]);
  for (var k = 0; k < layer.length; k++) if (!isConsent(layer[k])) apply(layer[k]);
  var push = layer.push;
  layer.push = function () {
    for (var j = 0; j < arguments.length; j++) apply(arguments[j]);
    return push.apply(layer, arguments);
  };
})();
