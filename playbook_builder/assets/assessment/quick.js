/* The quick check: a short assessment of the questions that detect the most severe mistakes for the reader's
 * situation. Pure; it scores with the same code as the full assessment, through a narrower scope. */

import { inScope } from "./scope.js";

/* At most this many questions: a small firm answers them in a few minutes. */
export const QUICK_LIMIT = 15;

/* Whether the reader has answered every fact that mistake `id`'s restriction (data.applies) names: until then it
 * may not be theirs at all (a public body's rules for a bank that left "public body" blank). */
function settled(data, id, situation) {
  const rule = data.applies && data.applies[id];
  return !rule || Object.keys(rule).every((fact) => Object.hasOwn(situation, fact));
}

/* The quick check's question ids, in playbook order: of the questions in `scope` (scopeOf(); null: all), those
 * whose worst applying mistake is the most severe in `data` (the situated data: severities for the situation),
 * then the heaviest, then the first in the playbook. With the reader's `situation`, a mistake restricted on a fact
 * they have not answered counts last, so that a short check asks first about what surely applies to them. */
export function quickQuestions(data, scope = null, limit = QUICK_LIMIT, situation = null) {
  const last = data.severities.length;
  const rank = (id) => {
    const mistake = data.mistakes[id];
    const index = mistake ? data.severities.indexOf(mistake.severity) : -1;
    return index < 0 || (situation && !settled(data, id, situation)) ? last : index;
  };
  const worst = (question) => Math.min(last,
    ...question.detects.filter((id) => !(scope && scope.hidden.has(id))).map(rank));
  const chosen = data.questions.map((question, index) => ({ question, index, worst: worst(question) }))
    .filter(({ question }) => inScope(scope, question))
    .sort((a, b) => a.worst - b.worst || b.question.weight - a.question.weight || a.index - b.index)
    .slice(0, limit);
  return chosen.sort((a, b) => a.index - b.index).map(({ question }) => question.id);
}

/* A scope of only the quick check's questions (`ids`), hiding what `scope` hides: scoreAnswers and recommend then
 * count exactly those, and unanswered ones are left out as in the full assessment. */
export function quickScope(scope, ids) {
  return { questions: new Set(ids), hidden: scope ? scope.hidden : new Set() };
}
