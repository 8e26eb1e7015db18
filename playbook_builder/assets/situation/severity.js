/* What the situation changes besides hiding: each severity badge or cell that depends on it shows the severity for
 * the reader, the Start-here list ranks itself again, and for a small business each owner reads as a small firm
 * names it ("You, the owner"). Every text comes from the page's data-attributes and goes in with textContent. */

import { markOf } from "./ranking.js";
import { firstApplying, forYou, rankStart, severityFor } from "./rules.js";

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

/* The Start-here list ([data-pb-start]) and its items, or null on any other page. */
export function findStart(doc) {
  const list = doc.querySelector("[data-pb-start]");
  if (!list) return null;
  const items = [...list.querySelectorAll("li[data-start]")].map((element) => ({
    element, id: element.dataset.start, order: Number(element.dataset.order), base: element.dataset.base,
    firsts: [...element.querySelectorAll("[data-first-when]")].map((first) => ({ element: first, rule: readRule(first) })),
  }));
  return { list, items, note: doc.querySelector("[data-start-for]"), count: Number(list.dataset.count) || 10 };
}

function readRule(element) {
  try {
    return JSON.parse(element.dataset.firstWhen);
  } catch (error) {
    return null;
  }
}

/* Each item's first action: the first of its candidates that fits the reader. */
function showFirsts(items, answers) {
  for (const { firsts } of items) {
    const at = firstApplying(firsts.map((first) => first.rule), answers);
    firsts.forEach((first, index) => { first.element.hidden = index !== at; });
  }
}

/* Rank the list for the answers: the first `count` that apply show, in order, those for the reader marked; the
 * others wait hidden. */
export function showStart(start, rules, restricted, answers, t) {
  const ranked = rankStart(start.items, rules, restricted, answers);
  for (const item of start.items) {
    item.mark = item.mark || markOf(item.element, t("Applies to you"));
    item.mark.hidden = !forYou(item.base, rules[item.id], (restricted || {})[item.id], answers);
  }
  const shown = new Set(ranked.slice(0, start.count));
  showFirsts(start.items, answers);
  for (const item of ranked) start.list.append(item.element);
  for (const item of start.items) {
    if (!ranked.includes(item)) start.list.append(item.element);
    item.element.hidden = !shown.has(item);
  }
  if (start.note) {
    start.note.textContent = Object.keys(answers).length ? start.list.dataset.forYours : start.list.dataset.forAny;
  }
}
