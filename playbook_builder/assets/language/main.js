/* The language menu keeps the reader's place: switching language on a mistake (`.../exit/#ext-02`) opens the same
 * mistake in the other edition (the anchors are the same ids in every edition). The build writes each menu link
 * to the page's counterpart and names the edition's home (`data-pb-root`); without JavaScript the links still
 * lead to the counterpart page. Material's instant navigation keeps the header, menu included, from the first
 * page view, so the links are worked out again on every page view and at the moment they are used. */

import { counterpartOf } from "./links.js";
import { onEachPage } from "../situation/pages.js";

const MENU_LINKS = "a.md-select__link[data-pb-root]";

/* The menu links, their edition homes made absolute once: the relative ones hold for the first page view only. */
function menuLinks() {
  const links = Array.from(document.querySelectorAll(MENU_LINKS));
  for (const link of links) {
    if (!link.hasAttribute("data-pb-home")) {
      link.setAttribute("data-pb-home", new URL(link.getAttribute("data-pb-root"), location.href).href);
    }
  }
  return links;
}

function updateLinks() {
  const links = menuLinks();
  const current = links.find((link) => link.hasAttribute("aria-current"));
  if (!current) return;
  const hereRoot = current.getAttribute("data-pb-home");
  for (const link of links) {
    const target = counterpartOf(location.href, hereRoot, link.getAttribute("data-pb-home"));
    if (target) link.href = target;
  }
}

menuLinks(); // before any instant navigation
if (onEachPage("language", updateLinks)) {
  // Material moves to an anchor without a hashchange event: the links are brought up to date as they are used.
  for (const type of ["click", "focusin", "pointerover", "contextmenu"]) {
    document.addEventListener(type, (event) => {
      if (event.target instanceof Element && event.target.closest(MENU_LINKS)) updateLinks();
    }, true);
  }
  addEventListener("hashchange", updateLinks);
}
