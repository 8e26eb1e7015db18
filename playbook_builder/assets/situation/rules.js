/* Which mistakes apply to a reader's situation, and the sentences that say so. Pure: data in, data out, no DOM.
 *
 * `answers` maps a scoping fact's id to the id of the option the reader chose ({"size": "small"}); `facts` is the
 * panel's data-facts (fact id -> option id -> label); a restriction (`applies_when`) maps a fact id to the options
 * it applies to ({"size": ["medium", "large"]}). The sentences take the page's words (strings.js). */

import { ENGLISH_WORDS } from "../assessment/strings.js";

export function isRecord(value) {
  return !!value && typeof value === "object" && !Array.isArray(value);
}

/* Whether something restricted by `rule` applies to a reader with these answers: every fact the rule names and
 * the reader answered must be one of its options. A fact nobody answered never hides anything. */
export function applies(rule, answers) {
  if (!isRecord(rule)) return true;
  return Object.entries(rule).every(([fact, options]) =>
    !Object.hasOwn(answers, fact) || !Array.isArray(options) || options.includes(answers[fact]));
}

/* The ids of the restricted mistakes (`restricted` is data-applies: mistake id -> rule) that do not apply. */
export function hiddenMistakes(restricted, answers) {
  const hidden = new Set();
  for (const [id, rule] of Object.entries(isRecord(restricted) ? restricted : {})) {
    if (!applies(rule, answers)) hidden.add(id);
  }
  return hidden;
}

/* The reader's answers that still make sense: a fact the edition fixes, or a fact or option the content no
 * longer has, is dropped without a word (the content changed since they were saved). */
export function cleanAnswers(answers, facts, fixed = {}) {
  const kept = {};
  if (!isRecord(answers)) return kept;
  for (const [fact, option] of Object.entries(answers)) {
    if (typeof option !== "string" || Object.hasOwn(fixed, fact)) continue;
    if (isRecord(facts[fact]) && Object.hasOwn(facts[fact], option)) kept[fact] = option;
  }
  return kept;
}

/* Everything that decides what applies: the reader's answers plus those the edition fixes (which win). */
export function withFixed(answers, fixed) {
  return { ...answers, ...(isRecord(fixed) ? fixed : {}) };
}

/* An option's label as it reads inside a sentence: "A small business" becomes "a small business", but an
 * acronym ("EU", "SaaS") keeps its capitals. */
export function inSentence(label) {
  const text = String(label).trim();
  const word = text.split(/\s/)[0];
  return /[A-Z]/.test(word.slice(1)) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/* "Your situation: a small business · in another country", in the facts' order; "" when nothing is answered
 * that the facts can name. */
export function summaryText(answers, facts, t = ENGLISH_WORDS) {
  const parts = [];
  for (const [fact, options] of Object.entries(isRecord(facts) ? facts : {})) {
    const option = answers[fact];
    if (option !== undefined && isRecord(options) && Object.hasOwn(options, option)) {
      parts.push(inSentence(options[option]));
    }
  }
  return parts.length ? t("Your situation: %(situation)s.", { situation: parts.join(" · ") }) : "";
}

/* Whether the "In a small business" notes leave the page: for a reader who said the organisation is mid-size or
 * large, they speak of someone else. */
export function smallNotesHidden(answers) {
  return isRecord(answers) && (answers.size === "medium" || answers.size === "large");
}

/* How many of `ids` (a note's data-mistakes) are in `hidden`. */
export function countHidden(ids, hidden) {
  return ids.filter((id) => hidden.has(id)).length;
}

/* The note next to a list; `revealed` when the reader chose to see them all the same. The list holds mistakes, or
 * contract clauses when `kind` says so. */
export function noteText(count, total, revealed, t = ENGLISH_WORDS, kind = "mistakes") {
  const values = { count, total };
  if (kind === "clauses") {
    return revealed
      ? t.n("%(count)s of %(total)s clauses does not apply to your situation; it is shown all the same.",
        "%(count)s of %(total)s clauses do not apply to your situation; they are shown all the same.", count, values)
      : t.n("%(count)s of %(total)s clauses is hidden as not applying to your situation.",
        "%(count)s of %(total)s clauses are hidden as not applying to your situation.", count, values);
  }
  if (revealed) {
    return total === 1
      ? t("%(count)s of %(total)s mistake does not apply to your situation; it is shown all the same.", values)
      : t.n("%(count)s of %(total)s mistakes does not apply to your situation; it is shown all the same.",
        "%(count)s of %(total)s mistakes do not apply to your situation; they are shown all the same.", count, values);
  }
  return total === 1 ? t("%(count)s of %(total)s mistake is hidden as not applying to your situation.", values)
    : t.n("%(count)s of %(total)s mistakes is hidden as not applying to your situation.",
      "%(count)s of %(total)s mistakes are hidden as not applying to your situation.", count, values);
}

/* A mistake's severity for a reader: the first rule ({severity, when}) whose every fact the reader answered with
 * one of its options, else the base severity; a reader who has not answered sees the base one. */
export function severityFor(base, rules, answers) {
  for (const rule of Array.isArray(rules) ? rules : []) {
    if (!isRecord(rule) || !isRecord(rule.when) || !Object.keys(rule.when).length) continue;
    const matches = Object.entries(rule.when).every(([fact, options]) =>
      Object.hasOwn(answers, fact) && Array.isArray(options) && options.includes(answers[fact]));
    if (matches) return rule.severity;
  }
  return base;
}

const SEVERITY_ORDER = ["critical", "high", "medium", "low"];

export function severityRank(severity) {
  const found = SEVERITY_ORDER.indexOf(severity);
  return found < 0 ? SEVERITY_ORDER.length : found;
}

/* Whether a mistake is marked "applies to you": the reader's answers confirm every fact of its restriction (`rule`,
 * from data-applies), or its severity rules (`rules`) raise it above its base for them. */
export function forYou(base, rules, rule, answers) {
  if (isRecord(rule) && Object.keys(rule).length && Object.entries(rule).every(([fact, options]) =>
    Object.hasOwn(answers, fact) && Array.isArray(options) && options.includes(answers[fact]))) return true;
  return severityRank(severityFor(base, rules, answers)) < severityRank(base);
}
