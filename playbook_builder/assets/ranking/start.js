/* Start here: the list of ten ranks itself again for the reader's answers, marks those for them, and gives each
 * mistake a first action that fits them. Texts come from the page's data-attributes and go in with textContent. */

import { applies, forYou, hiddenMistakes, isRecord, severityFor, severityRank } from "../situation/rules.js";
import { markOf } from "./lists.js";

/* The index of the first restriction in `rules` that applies to the reader; 0 when none does (the build lists one
 * that applies to everyone last, so that does not happen). */
export function firstApplying(rules, answers) {
  const at = (Array.isArray(rules) ? rules : []).findIndex((rule) => applies(rule, answers));
  return at < 0 ? 0 : at;
}

/* The Start-here ranking: the items ({id, base, order}) that apply, the most severe for the reader first, then those
 * marked for them (forYou), then the earliest in the lifecycle (`order`); one restricted to a situation the reader
 * has not confirmed counts one level lower, after those that surely apply. `severity` is data-severity (id -> rules), `restricted` data-applies. */
export function rankStart(items, severity, restricted, answers) {
  const rules = isRecord(restricted) ? restricted : {};
  const hidden = hiddenMistakes(rules, answers);
  const severities = isRecord(severity) ? severity : {};
  const rank = (item) => severityRank(severityFor(item.base, severities[item.id], answers));
  const unsure = (item) => isRecord(rules[item.id])
    && Object.keys(rules[item.id]).some((fact) => !Object.hasOwn(answers, fact));
  const other = (item) => (forYou(item.base, severities[item.id], rules[item.id], answers) ? 0 : 1);
  return items.filter((item) => !hidden.has(item.id))
    .map((item) => ({ item, unsure: unsure(item) ? 1 : 0, other: other(item) }))
    .map((entry) => ({ ...entry, rank: rank(entry.item) + entry.unsure }))
    .sort((a, b) => a.rank - b.rank || a.unsure - b.unsure || a.other - b.other || a.item.order - b.item.order)
    .map(({ item }) => item);
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
