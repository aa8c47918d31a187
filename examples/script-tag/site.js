// The site's own script. It may load before or after ConsentKit: calls go through the queue
// `window.consentkit`, which ConsentKit drains when it starts and runs at once afterwards.
window.consentkit = window.consentkit || [];
window.consentkit.push([
  'on',
  'change',
  function (consent) {
    var status = document.getElementById('consent-status');
    if (status) status.textContent = JSON.stringify(consent);
  },
]);
window.consentkit.push([
  'onGranted',
  'analytics',
  function () {
    (window.__ran = window.__ran || []).push('site-analytics-callback');
  },
]);
document.addEventListener('DOMContentLoaded', function () {
  var status = document.getElementById('consent-status');
  if (status && window.ConsentKit) status.textContent = JSON.stringify(window.ConsentKit.getConsent());
  var withdraw = document.getElementById('withdraw');
  if (withdraw) {
    withdraw.addEventListener('click', function () {
      window.ConsentKit.withdraw();
    });
  }
});

// ConsentKit's first layer is fixed at the bottom of the window. While it shows, keep room for
// it below the page's content, so the end of the page (on the privacy page: the inline
// preferences and the "Withdraw" button) can always be scrolled clear of it, whatever its
// height — a narrow phone, a long translation or a large text size make it taller.
(function reserveRoomForBanner() {
  var observed;
  var resize = window.ResizeObserver ? new ResizeObserver(update) : undefined;
  function update() {
    var host = document.querySelector('consentkit-banner');
    var panel = host && host.shadowRoot && host.shadowRoot.querySelector('section');
    if (resize && panel !== observed) {
      resize.disconnect();
      if (panel) resize.observe(panel);
      observed = panel;
    }
    var box = panel && panel.getBoundingClientRect();
    var covers = box && box.height > 0 && box.bottom >= window.innerHeight - 1 ? window.innerHeight - box.top : 0;
    document.body.style.paddingBottom = covers ? 'calc(' + Math.ceil(covers) + 'px + 1rem)' : '';
  }
  function watch() {
    var host = document.querySelector('consentkit-banner');
    if (!host || !host.shadowRoot) return false;
    new MutationObserver(update).observe(host.shadowRoot, { childList: true, subtree: true });
    window.addEventListener('resize', update);
    update();
    return true;
  }
  // The banner is added when ConsentKit's UI has loaded, which may be after this script.
  document.addEventListener('DOMContentLoaded', function () {
    if (watch()) return;
    var wait = new MutationObserver(function () {
      if (watch()) wait.disconnect();
    });
    wait.observe(document.body, { childList: true });
  });
})();
