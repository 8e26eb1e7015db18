/* What the situation changes besides hiding: each severity badge or cell that depends on it shows the severity for
 * the reader, the Start-here list ranks itself again, and for a small business each owner reads as a small firm
 * names it ("You, the owner"). Every text comes from the page's data-attributes and goes in with textContent. */

import { severityFor } from "./rules.js";

/* The elements whose severity depends on the situation ([data-severity-of]), found once per page view. */
export function findSeverities(doc) {
  return [...doc.querySelectorAll("[data-severity-of]")].map((element) => ({
    element,
    id: element.dataset.severityOf,
    base: element.dataset.base,
    form: element.dataset.form === "name" ? "name" : "badge",
  }));
}

/* Show each one's severity for `answers`; `names` is data-severity-names ({badge, name}: severity -> words). */
export function showSeverities(found, rules, answers, names) {
  for (const { element, id, base, form } of found) {
    const severity = severityFor(base, rules[id], answers);
    const words = names && names[form] && names[form][severity];
    if (!words) continue;
    element.textContent = words;
    if (element.classList.contains("pb-severity")) {
      for (const name of [...element.classList]) {
        if (name.startsWith("pb-severity--")) element.classList.remove(name);
      }
      element.classList.add(`pb-severity--${severity}`);
    }
    element.toggleAttribute("data-for-situation", severity !== base);
  }
}

/* The owners that a small business names differently ([data-small-owner]), with the words the build wrote. */
export function findOwners(doc) {
  return [...doc.querySelectorAll("[data-small-owner]")].map((element) => ({
    element, usual: element.textContent, small: element.dataset.smallOwner,
  }));
}

export function showOwners(found, small) {
  for (const { element, usual, small: words } of found) element.textContent = small ? words : usual;
}

/* What a page shows only to a small business ([data-small-show]) and what it shows to everyone else
 * ([data-small-hide]): on Start here, a small firm's own first step in place of the enterprise one. */
export function findSmallSwaps(doc) {
  return [...doc.querySelectorAll("[data-small-show], [data-small-hide]")].map((element) => ({
    element, forSmall: element.hasAttribute("data-small-show"),
  }));
}

export function showSmallSwaps(found, small) {
  for (const { element, forSmall } of found) element.hidden = forSmall !== small;
}
