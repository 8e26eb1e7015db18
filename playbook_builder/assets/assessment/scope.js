/* Which questions apply to the reader's situation, and how two sides' situations differ. Pure; the rule
 * (`applies`) comes from the situation script (window.playbookSituation). */

import { ENGLISH_WORDS } from "./strings.js";

/* {questions: Set of ids that apply, hidden: Set of mistake ids that do not}; a question applies when a mistake it
 * detects does (or it detects none). Null when everything applies. */
export function scopeOf(data, situation, applies) {
  const restricted = data.applies && typeof data.applies === "object" ? data.applies : {};
  const hidden = new Set(Object.keys(restricted).filter((id) => !applies(restricted[id], situation || {})));
  if (!hidden.size) return null;
  const questions = new Set(data.questions
    .filter((question) => !question.detects.length || question.detects.some((id) => !hidden.has(id)))
    .map((question) => question.id));
  return { questions, hidden };
}

export function inScope(scope, question) {
  return !scope || scope.questions.has(question.id);
}

/* The facts two sides answered differently, as {fact, a, b} (undefined: not answered); none without theirs. */
export function situationGaps(mine, theirs, factOrder) {
  if (!theirs) return [];
  const ids = [...new Set([...factOrder, ...Object.keys(mine), ...Object.keys(theirs)])];
  return ids.filter((fact) => mine[fact] !== theirs[fact]).map((fact) => ({ fact, a: mine[fact], b: theirs[fact] }));
}

/* The comparison's message about them; `labels` is {questions, options} (fact questions and option labels by
 * id), `names` the two sides' names. "" when the situations agree. */
export function situationGapText(gaps, labels, names, t = ENGLISH_WORDS) {
  if (!gaps.length) return "";
  const questions = (labels && labels.questions) || {};
  const options = (labels && labels.options) || {};
  const answer = (fact, option) => option === undefined ? t("not answered")
    : t("“%(option)s”", { option: (options[fact] && options[fact][option]) || option });
  const [mine, theirs] = names;
  const parts = gaps.map(({ fact, a, b }) => t("%(question)s %(mine)s: %(a)s; %(theirs)s: %(b)s.",
    { question: questions[fact] || fact, mine, theirs, a: answer(fact, a), b: answer(fact, b) }));
  return t.n("“%(mine)s” and “%(theirs)s” describe different situations (%(count)s scoping fact): %(differences)s " +
    "Both sides are scored on the questions that apply to yours.", "“%(mine)s” and “%(theirs)s” describe different " +
    "situations (%(count)s scoping facts): %(differences)s Both sides are scored on the questions that apply to yours.",
  gaps.length, { mine, theirs, differences: parts.join(" ") });
}
