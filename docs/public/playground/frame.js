// The playground's frame, first in <head>. It reads the run's settings from the URL's hash,
// starts as a first-time visitor (no cookie or stored state from an earlier run), reports to
// the playground what ConsentKit does (consent state, record, Google Consent Mode commands,
// the consent cookie, errors), and then writes the configuration block and the ConsentKit
// script tag exactly as a site has them.
(function () {
  'use strict';
  var settings;
  try {
    settings = JSON.parse(decodeURIComponent(location.hash.slice(1)));
  } catch {
    settings = undefined;
  }
  if (!settings || typeof settings !== 'object') {
    document.write('<p>This page is run by the ConsentKit playground.</p>');
    return;
  }
  var config = settings.config;
  var cookieName = (config && config.cookie && typeof config.cookie.name === 'string' && config.cookie.name) || 'consentkit';

  // A first-time visitor: delete the cookies and stored state an earlier run left.
  var folder = location.pathname.replace(/[^/]*$/, '');
  document.cookie.split(';').forEach(function (pair) {
    var name = pair.split('=')[0].trim();
    if (name)
      ['/', folder].forEach(function (path) {
        document.cookie = name + '=; Max-Age=0; Path=' + path;
      });
  });
  for (var i = localStorage.length - 1; i >= 0; i--) {
    var key = localStorage.key(i);
    if (key && key.indexOf('vitepress') !== 0) localStorage.removeItem(key);
  }
  sessionStorage.clear();

  if (settings.language) document.documentElement.lang = settings.language;
  // A browser with Global Privacy Control on (https://privacycg.github.io/gpc-spec/).
  if (settings.gpc) {
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
      get: function () {
        return true;
      },
      configurable: true,
    });
  }

  var commands = [];
  var errors = [];
  var ran = [];
  var scheduled = false;

  function readCookie(done) {
    var pair = document.cookie.split('; ').filter(function (c) {
      return c.indexOf(cookieName + '=') === 0;
    })[0];
    if (!pair) return done(null);
    var cookie = { name: cookieName, value: pair.slice(cookieName.length + 1) };
    // The Cookie Store API also gives the attributes (Chromium; document.cookie has only the value).
    if (!window.cookieStore) return done(cookie);
    window.cookieStore.get(cookieName).then(
      function (c) {
        if (c) {
          cookie.path = c.path;
          cookie.domain = c.domain;
          cookie.expires = c.expires;
          cookie.sameSite = c.sameSite;
          cookie.secure = c.secure;
        }
        done(cookie);
      },
      function () {
        done(cookie);
      },
    );
  }

  function send() {
    scheduled = false;
    var kit = window.ConsentKit;
    var started = kit && kit.regime !== undefined;
    var state = {
      type: 'consentkit-playground',
      run: settings.run,
      started: Boolean(started),
      consent: started ? kit.getConsent() : null,
      decided: started ? kit.hasDecided() : false,
      regime: started ? kit.regime : null,
      region: started ? kit.region || null : null,
      regionSource: started ? kit.regionSource || null : null,
      gpc: started ? kit.gpc : false,
      record: started && kit.getRecord() ? JSON.parse(JSON.stringify(kit.getRecord())) : null,
      commands: JSON.parse(JSON.stringify(commands)),
      errors: errors.slice(),
      ran: ran.slice(),
    };
    readCookie(function (cookie) {
      state.cookie = cookie;
      parent.postMessage(state, location.origin);
    });
  }
  function report() {
    if (scheduled) return;
    scheduled = true;
    setTimeout(send, 0);
  }

  // Google Consent Mode: gtag() pushes its `arguments` to dataLayer; keep a copy of each command.
  var dataLayer = (window.dataLayer = window.dataLayer || []);
  var push = dataLayer.push;
  dataLayer.push = function () {
    for (var j = 0; j < arguments.length; j++) {
      var entry = arguments[j];
      var isArguments = Object.prototype.toString.call(entry) === '[object Arguments]';
      commands.push(isArguments ? Array.prototype.slice.call(entry) : entry);
    }
    report();
    return push.apply(dataLayer, arguments);
  };
  // ConsentKit reports a bad configuration with one console.error; show it in the playground.
  var consoleError = console.error;
  console.error = function () {
    errors.push(
      Array.prototype.map
        .call(arguments, function (a) {
          return a instanceof Error ? a.message : String(a);
        })
        .join(' '),
    );
    report();
    return consoleError.apply(console, arguments);
  };
  // The page's gated tags call this when ConsentKit lets them run.
  window.playgroundTagRan = function (category) {
    ran.push(category);
    var output = document.getElementById('tag-' + category);
    if (output) output.textContent = 'ran';
    report();
  };
  window.consentkit = window.consentkit || [];
  window.consentkit.push(['on', 'change', report]);
  window.consentkit.push(['on', 'decision', report]);
  document.addEventListener('DOMContentLoaded', report);
  window.addEventListener('load', report);

  var json = JSON.stringify(config, null, 2).replace(/</g, '\\u003c');
  document.write(
    '<script type="application/json" id="consentkit-config">' +
      json +
      '</script>' +
      '<script src="consentkit/consentkit.min.js" data-config="#consentkit-config"></script>',
  );
})();
