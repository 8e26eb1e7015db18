// Small accessibility repairs to the theme, applied on every page view (Material's document$ also fires after
// instant navigation). Material's search overlay is a dialog without a name; screen readers announce it as "Search".
document$.subscribe(function () {
  var dialog = document.querySelector(".md-search[role='dialog']");
  if (dialog && !dialog.hasAttribute("aria-label")) dialog.setAttribute("aria-label", "Search");
});
