/* The reader's situation in the assessment: which questions apply to it, and how two sides' situations differ.
 * Pure: data in, data out. The rule itself (`applies`) belongs to the situation script, which hands it over
 * through window.playbookSituation; the unit tests pass the same function. */

import { plural } from "./result.js";

/* Which questions and mistakes apply: {questions: Set of question ids, hidden: Set of mistake ids}. A mistake
 * does not apply when its restriction in data.applies fails for `situation`; a question applies when any
 * mistake it detects applies (one that detects none always does). Null when nothing is restricted, which
 * scoring reads as "everything applies". */
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

/* The facts two sides answered differently, in the facts' order, as {fact, a, b}; undefined is "not
 * answered". Nothing when the other side's result says nothing about its situation (an older export). */
export function situationGaps(mine, theirs, factOrder) {
  if (!theirs) return [];
  const ids = [...new Set([...factOrder, ...Object.keys(mine), ...Object.keys(theirs)])];
  return ids.filter((fact) => mine[fact] !== theirs[fact]).map((fact) => ({ fact, a: mine[fact], b: theirs[fact] }));
}

/* The comparison's message about them; `labels` is {questions, options} (fact questions and option labels by
 * id), `names` the two sides' names. "" when the situations agree. */
export function situationGapText(gaps, labels, names) {
  if (!gaps.length) return "";
  const questions = (labels && labels.questions) || {};
  const options = (labels && labels.options) || {};
  const answer = (fact, option) => option === undefined ? "not answered"
    : `“${(options[fact] && options[fact][option]) || option}”`;
  const [mine, theirs] = names;
  const parts = gaps.map(({ fact, a, b }) =>
    `${questions[fact] || fact} ${mine}: ${answer(fact, a)}; ${theirs}: ${answer(fact, b)}.`);
  return `“${mine}” and “${theirs}” describe different situations (${plural(gaps.length, "scoping fact")}): ` +
    `${parts.join(" ")} Both sides are scored on the questions that apply to yours.`;
}
