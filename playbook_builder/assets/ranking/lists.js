/* Lists that rank for the reader: on the all-mistakes page and in a checklist's table, the mistakes for the reader
 * come first in their list, marked "Applies to you" in words (not colour alone); on the all-mistakes page each moves
 * under the severity it has for the reader; and the counts that name these lists follow what is shown. Nothing
 * leaves its section. Texts go in with textContent. */

import { HIDDEN_CLASS } from "../situation/hiding.js";
import { forYou, isRecord, severityFor, severityRank } from "../situation/rules.js";

/* Items ({id, base, order}) with those for the reader first, the most severe for them first, then the rest in their
 * `order`: how the all-mistakes lists and a checklist's table rank their rows without leaving their section. */
export function rankForYou(items, severity, restricted, answers) {
  const severities = isRecord(severity) ? severity : {};
  const rules = isRecord(restricted) ? restricted : {};
  return items.map((item) => {
    const mine = forYou(item.base, severities[item.id], rules[item.id], answers);
    return { item, mine, rank: mine ? severityRank(severityFor(item.base, severities[item.id], answers)) : 0 };
  }).sort((a, b) => Number(b.mine) - Number(a.mine) || a.rank - b.rank || a.item.order - b.item.order)
    .map(({ item, mine }) => ({ item, mine }));
}

/* The "Applies to you" mark of an element (a list item, a table row or a Start-here item), made once, hidden. */
export function markOf(element, text) {
  let mark = element.querySelector(":scope .pb-for-you");
  if (!mark) {
    mark = element.ownerDocument.createElement("span");
    mark.className = "pb-for-you";
    mark.hidden = true;
    const cell = element.tagName === "TR" ? element.cells[1] || element.cells[0] : element.querySelector("p") || element;
    cell.append(" ", mark);
  }
  mark.textContent = text;
  return mark;
}

/* The ranked lists ([data-rank-list], keyed by its value) with their items, and the counts ([data-count-of]: the
 * keys of the lists they count), found once per page view. */
export function findRanked(doc) {
  const lists = [...doc.querySelectorAll("[data-rank-list]")].map((list) => ({
    list,
    key: list.dataset.rankList,
    items: [...list.children].filter((child) => child.hasAttribute("data-rank")).map((element) => ({
      element, id: element.dataset.rank, base: element.dataset.base, order: Number(element.dataset.order), mark: null,
    })),
  }));
  const counts = [...doc.querySelectorAll("[data-count-of]")].map((element) => ({
    element, keys: element.dataset.countOf.split(/\s+/).filter(Boolean), form: element.dataset.countForm || "",
    anchor: element.closest("h2, h3") ? element.closest("h2, h3").id : "",
  }));
  return { lists, counts };
}

/* Where an item goes: the list of its severity for the reader when the page lists by severity, else its own. */
function homeOf(item, own, byKey, rules, answers) {
  const severity = severityFor(item.base, rules[item.id], answers);
  return own.key === item.base && byKey.has(severity) ? byKey.get(severity) : own;
}

/* Rank every list for the answers; `t` gives the mark's words. */
export function showRanked(found, rules, restricted, answers, t) {
  const byKey = new Map(found.lists.map((entry) => [entry.key, entry]));
  const placed = new Map(found.lists.map((entry) => [entry, []]));
  for (const own of found.lists) {
    for (const item of own.items) placed.get(homeOf(item, own, byKey, rules, answers)).push(item);
  }
  for (const [entry, items] of placed) {
    for (const { item, mine } of rankForYou(items, rules, restricted, answers)) {
      item.mark = item.mark || markOf(item.element, t("Applies to you"));
      item.mark.hidden = !mine;
      item.element.toggleAttribute("data-for-you", mine);
      entry.list.append(item.element);
    }
  }
}

/* How many items the lists named by `keys` show. */
export function shownCount(lists, keys) {
  return lists.filter((entry) => keys.includes(entry.key))
    .reduce((sum, entry) => sum + [...entry.list.children]
      .filter((child) => child.hasAttribute("data-rank") && !child.classList.contains(HIDDEN_CLASS)).length, 0);
}

/* A count as its element says it: "12 mistakes" (`form` "mistakes", in t's words) or the bare number. */
export function countText(count, form, t) {
  return form === "mistakes" ? t.n("%(count)s mistake", "%(count)s mistakes", count, { count }) : String(count);
}

/* A heading's label ("High (33)") with its count in brackets replaced; unchanged when it has none. */
export function withCount(label, count) {
  return label.replace(/\(\d+\)(\s*)$/, `(${count})$1`);
}

/* Each count says how many its lists show; a heading's entry in the table of contents follows it. */
export function showCounts(found, t, doc) {
  for (const { element, keys, form, anchor } of found.counts) {
    const count = shownCount(found.lists, keys);
    element.textContent = countText(count, form, t);
    if (!anchor) continue;
    for (const link of doc.querySelectorAll(`.md-nav__link[href$="#${CSS.escape(anchor)}"]`)) {
      const label = link.querySelector(".md-ellipsis") || link;
      label.textContent = withCount(label.textContent, count);
    }
  }
}
