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
