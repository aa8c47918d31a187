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
