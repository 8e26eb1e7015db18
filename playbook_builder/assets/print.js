/* The Print button of the print views: shows it and makes it call window.print(). Inert on every other page.
 * Material's instant navigation swaps pages without reloading, so it runs on each page through document$. */
(function () {
  "use strict";
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
