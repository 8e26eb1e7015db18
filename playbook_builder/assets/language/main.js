/* The language menu keeps the reader's place: switching language on a mistake (`.../exit/#ext-02`) opens the same
 * mistake in the other edition (the anchors are the same ids in every edition). The build writes each menu link
 * to the page's counterpart and names the edition's home (`data-pb-root`); without JavaScript the links still
 * lead to the counterpart page. Material's instant navigation keeps the header, menu included, from the first
 * page view, so the links are worked out again on every page view and as they are used (Material moves to an
 * anchor without a hashchange event). The site loads this script once per window. */

import { counterpartOf } from "./links.js";

const MENU_LINKS = "a.md-select__link[data-pb-root]";
const links = Array.from(document.querySelectorAll(MENU_LINKS));
// Each edition's home, made absolute now: the relative addresses hold for the first page view only.
const homes = new Map(links.map((link) => [link, new URL(link.getAttribute("data-pb-root"), location.href).href]));
const current = links.find((link) => link.hasAttribute("aria-current"));

function updateLinks() {
  for (const link of links) {
    const target = current && counterpartOf(location.href, homes.get(current), homes.get(link));
    if (target) link.href = target;
  }
}

if (current) {
  if (window.document$) window.document$.subscribe(updateLinks);
  for (const type of ["click", "focusin", "pointerover"]) {
    document.addEventListener(type, (event) => {
      if (event.target instanceof Element && event.target.closest(MENU_LINKS)) updateLinks();
    }, true);
  }
}
