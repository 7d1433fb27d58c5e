// Small progressive enhancements; every page works without them.
// GOV.UK error summary pattern: after a failed post, move focus to the summary so that
// screen-reader and keyboard users land on the list of what to fix.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.querySelector("[data-error-summary]");
  if (summary) summary.focus();
});
