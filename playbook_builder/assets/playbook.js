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

// Paper shows every law note: a folded one would print as its summary alone.
window.addEventListener("beforeprint", function () {
  document.querySelectorAll("details.pb-law-note:not([open])").forEach(function (note) {
    note.setAttribute("data-print-opened", "");
    note.open = true;
  });
});
window.addEventListener("afterprint", function () {
  document.querySelectorAll("details[data-print-opened]").forEach(function (note) {
    note.removeAttribute("data-print-opened");
    note.open = false;
  });
});

// A term's definition, shown on hover or focus, hides on Escape until the pointer or the focus leaves the term.
document.addEventListener("keydown", function (event) {
  if (event.key !== "Escape") return;
  document.querySelectorAll(".pb-term:hover, .pb-term:focus-within").forEach(function (term) {
    term.classList.add("pb-term--dismissed");
  });
});
["focusout", "mouseout"].forEach(function (type) {
  document.addEventListener(type, function (event) {
    var term = event.target.closest && event.target.closest(".pb-term--dismissed");
    if (term && !(event.relatedTarget && term.contains(event.relatedTarget))) term.classList.remove("pb-term--dismissed");
  });
});
