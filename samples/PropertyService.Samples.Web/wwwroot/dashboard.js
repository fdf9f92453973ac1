// The dashboard's only script: live SLA countdowns, list refresh, resident-link buttons.
// Loaded with defer from /dashboard.js; no inline script anywhere (the CSP is default-src 'self').
(function () {
  'use strict';

  var REFRESH_MS = 5000;
  var STATES = ['sla-ok', 'sla-warning', 'sla-breached'];

  function pad(n) { return n < 10 ? '0' + n : String(n); }

  function remaining(ms, overdueLabel) {
    var overdue = ms < 0;
    var s = Math.floor(Math.abs(ms) / 1000);
    var text = s >= 86400
      ? Math.floor(s / 86400) + 'd ' + Math.floor((s % 86400) / 3600) + 'h'
      : Math.floor(s / 3600) + ':' + pad(Math.floor((s % 3600) / 60)) + ':' + pad(s % 60);
    return overdue ? overdueLabel + ' ' + text : text;
  }

  // Every countdown: text from data-deadline, class from data-warning-at and data-deadline (ISO instants).
  function tick() {
    var now = Date.now();
    var overdueLabel = document.body.getAttribute('data-overdue-label') || 'overdue';
    var nodes = document.querySelectorAll('.sla-countdown[data-deadline]');
    for (var i = 0; i < nodes.length; i++) {
      var el = nodes[i];
      var deadline = Date.parse(el.getAttribute('data-deadline'));
      var warningAt = Date.parse(el.getAttribute('data-warning-at'));
      if (isNaN(deadline)) { continue; }
      var state = now >= deadline ? 'sla-breached' : (!isNaN(warningAt) && now >= warningAt ? 'sla-warning' : 'sla-ok');
      for (var j = 0; j < STATES.length; j++) {
        el.classList.toggle(STATES[j], STATES[j] === state);
      }
      el.textContent = remaining(deadline - now, overdueLabel);
    }
  }

  // Lists marked data-refresh are replaced by the same elements of a fresh copy of this page.
  function refresh() {
    var targets = document.querySelectorAll('[data-refresh][id]');
    if (targets.length === 0 || document.hidden) { return; }
    fetch(window.location.pathname, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (response) {
        if (!response.ok || response.redirected) { return null; }
        return response.text();
      })
      .then(function (text) {
        if (!text) { return; }
        var fresh = new DOMParser().parseFromString(text, 'text/html');
        for (var i = 0; i < targets.length; i++) {
          var replacement = fresh.getElementById(targets[i].id);
          if (replacement) { targets[i].replaceWith(document.importNode(replacement, true)); }
        }
        tick();
      })
      .catch(function () { /* try again next time */ });
  }

  function token() {
    var meta = document.querySelector('meta[name="request-verification-token"]');
    return meta ? meta.getAttribute('content') : '';
  }

  // Resident-link buttons: POST {action} to the section's endpoint; the returned url goes into a#resident-link.
  function wireResidentLinks() {
    var section = document.getElementById('resident-links');
    if (!section) { return; }
    var link = document.getElementById('resident-link');
    var error = document.getElementById('resident-link-error');
    section.addEventListener('click', function (event) {
      var button = event.target.closest('button.resident-link-action');
      if (!button) { return; }
      button.disabled = true;
      error.hidden = true;
      fetch(section.getAttribute('data-endpoint'), {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'RequestVerificationToken': token() },
        body: JSON.stringify({ action: button.getAttribute('data-action') })
      })
        .then(function (response) {
          return response.json().catch(function () { return {}; }).then(function (body) { return { ok: response.ok, body: body, status: response.status }; });
        })
        .then(function (result) {
          if (result.ok && result.body.url) {
            var url = new URL(result.body.url, window.location.origin).href;
            link.href = url;
            link.textContent = url;
            link.setAttribute('data-action', result.body.action || button.getAttribute('data-action'));
            if (result.body.expiresAt) { link.setAttribute('data-expires-at', result.body.expiresAt); }
            link.hidden = false;
          } else {
            error.textContent = (result.body && (result.body.detail || result.body.title)) || ('HTTP ' + result.status);
            error.hidden = false;
          }
        })
        .catch(function (e) { error.textContent = String(e); error.hidden = false; })
        .then(function () { button.disabled = false; });
    });
  }

  function start() {
    tick();
    window.setInterval(tick, 1000);
    window.setInterval(refresh, REFRESH_MS);
    wireResidentLinks();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
