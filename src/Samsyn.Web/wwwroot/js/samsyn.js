// Small progressive enhancements; every page works without them.
// GOV.UK error summary pattern: after a failed post, move focus to the summary so that
// screen-reader and keyboard users land on the list of what to fix.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.querySelector("[data-error-summary]");
  if (summary) summary.focus();
});

// Self-refreshing regions (the situation board): fetch the region's own HTML every few seconds
// while the tab is visible, replace it, and say so in the polite status line. Without script the
// page still shows the board as it was when loaded.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-refresh-url]").forEach(function (region) {
    var seconds = parseInt(region.getAttribute("data-refresh-seconds"), 10) || 60;
    var status = document.querySelector("[data-refresh-status]");
    var refresh = function () {
      if (document.hidden) return;
      fetch(region.getAttribute("data-refresh-url"), { credentials: "same-origin", headers: { "Accept": "text/html" } })
        .then(function (response) { if (!response.ok) throw new Error(response.status); return response.text(); })
        .then(function (html) {
          region.innerHTML = html;
          if (status) status.textContent = "Uppdaterad " + new Date().toLocaleTimeString("sv-SE", { hour: "2-digit", minute: "2-digit" }) + ".";
        })
        .catch(function () { if (status) status.textContent = "Kunde inte uppdatera lägesbilden. Försöker igen om en stund."; });
    };
    setInterval(refresh, seconds * 1000);
    document.addEventListener("visibilitychange", function () { if (!document.hidden) refresh(); });
  });
});

// Autosave of the notes: two seconds after the last keystroke the form is posted as it is (fetch), and
// "Sparat hh.mm" is announced. Without JavaScript the save button does the same.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll('form[data-autosave]').forEach(function (form) {
    var area = form.querySelector('textarea');
    var status = form.querySelector('[data-autosave-status]');
    var version = form.querySelector('[data-version]');
    var timer = null, saving = false, again = false;
    function save() {
      if (saving) { again = true; return; }
      saving = true;
      fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin', headers: { 'X-Autosave': '1', 'Accept': 'application/json' } })
        .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
        .then(function (r) {
          if (r.ok) { version.value = r.body.version; status.textContent = 'Sparat ' + r.body.savedAt; }
          else { status.textContent = r.body.message || 'Kunde inte spara.'; }
        })
        .catch(function () { status.textContent = 'Kunde inte spara. Försök med knappen.'; })
        .finally(function () { saving = false; if (again) { again = false; save(); } });
    }
    area.addEventListener('input', function () {
      clearTimeout(timer);
      status.textContent = '';
      timer = setTimeout(save, 2000);
    });
  });
});

// Print buttons (data-print): the page itself is the printable version.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
});

// Addresses to copy (calendar subscriptions): the whole text is selected when the field gets focus.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-select-on-focus]").forEach(function (field) {
    field.addEventListener("focus", function () { field.select(); });
  });
});

// A page that only passes the browser on (logging out at the organisation's identity provider)
// follows its link at once. Without script the person follows it with a click. A navigation by
// script, unlike a form's redirect, is not bound by the policy's form-action 'self'.
document.addEventListener("DOMContentLoaded", function () {
  var next = document.querySelector("a[data-follow]");
  if (next) window.location.replace(next.href);
});

// Menus of the main navigation (details/summary): one open at a time; Escape or a click elsewhere
// closes it, Escape returning the focus to its heading. Without script they open and close by hand.
document.addEventListener("DOMContentLoaded", function () {
  var groups = Array.prototype.slice.call(document.querySelectorAll("details[data-nav-group]"));
  groups.forEach(function (group) {
    group.addEventListener("toggle", function () {
      if (group.open) groups.forEach(function (other) { if (other !== group) other.open = false; });
    });
    group.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && group.open) { group.open = false; group.querySelector("summary").focus(); }
    });
  });
  document.addEventListener("click", function (event) {
    groups.forEach(function (group) { if (group.open && !group.contains(event.target)) group.open = false; });
  });
});
