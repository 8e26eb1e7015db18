// Small accessibility repairs to the theme, applied on every page view (Material's document$ also fires after
// instant navigation). Material's search overlay is a dialog without a name; screen readers announce it as
// "Search", in the page's language: the word Material itself puts on its search field.
document$.subscribe(function () {
  var dialog = document.querySelector(".md-search[role='dialog']");
  if (!dialog || dialog.hasAttribute("aria-label")) return;
  var field = dialog.querySelector(".md-search__input");
  var label = field && (field.getAttribute("aria-label") || field.getAttribute("placeholder"));
  dialog.setAttribute("aria-label", label || "Search");
});
