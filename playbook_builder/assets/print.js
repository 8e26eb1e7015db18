/* The Print button of the print views, role pages and the minimum agreement: shows it and makes it call
 * window.print(). Material's instant navigation swaps pages without reloading, so it runs on each page through
 * document$, and evaluates the pages' scripts again on each visit: only the window's first evaluation subscribes
 * (as situation/pages.js does for the widgets). */
(function () {
  "use strict";
  var started = (window.playbookStarted = window.playbookStarted || {});
  if (started.print) return;
  started.print = true;
  function setUp() {
    document.querySelectorAll("[data-pb-print][hidden]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
  }
  if (typeof document$ !== "undefined") {
    document$.subscribe(setUp);
  } else {
    document.addEventListener("DOMContentLoaded", setUp);
  }
})();
