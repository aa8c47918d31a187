// Counts Content-Security-Policy violations and shows them on the page (an external file, so
// the strict policy allows it). The browser tests read window.__cspViolations.
window.__cspViolations = window.__cspViolations || [];
document.addEventListener('securitypolicyviolation', function (event) {
  window.__cspViolations.push(event.violatedDirective + ' ' + (event.blockedURI || 'inline'));
  var out = document.getElementById('csp-violations');
  if (out) out.textContent = String(window.__cspViolations.length);
});
document.addEventListener('DOMContentLoaded', function () {
  var out = document.getElementById('csp-violations');
  if (out) out.textContent = String(window.__cspViolations.length);
});
