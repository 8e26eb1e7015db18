/* Scores and recommendations from answers by question id (level 1..L, 0 for "not applicable"). Pure: data in,
 * data out. The formula is the one the page explains under "How the scores work". `scope` is what scopeOf()
 * returns for the reader's situation (null: everything applies); questions out of scope are left out entirely,
 * their answers kept but not counted. */

import { inScope } from "./scope.js";

/* Where a level sits on its question's scale, from 0 (least mature) to 1; a one-level scale is all the way. */
export function fraction(level, count) {
  return count > 1 ? (level - 1) / (count - 1) : 1;
}

function blankTally() {
  return { weights: 0, points: 0, answered: 0, total: 0, score: null };
}

/* Per phase and overall: how many questions were answered of how many, and the score from 0 to 100 (null
 * until an applicable question is answered). Halves round up, as Math.round does. */
export function scoreAnswers(data, answers, scope = null) {
  const phases = {};
  const overall = blankTally();
  for (const checklist of data.checklists) phases[checklist.id] = blankTally();
  for (const question of data.questions) {
    if (!inScope(scope, question)) continue;
    const level = answers[question.id];
    for (const tally of [phases[question.checklist], overall]) {
      tally.total++;
      if (level === undefined) continue;
      tally.answered++;
      if (level > 0) {
        tally.weights += question.weight;
        tally.points += question.weight * fraction(level, question.levels.length);
      }
    }
  }
  for (const tally of [...Object.values(phases), overall]) {
    if (tally.weights > 0) tally.score = Math.round((100 * tally.points) / tally.weights);
  }
  return { phases, overall };
}

/* The mistakes that low answers reveal, each with the questions that flag it: the most severe first, then the
 * lowest answer, then playbook order. Mistakes that do not apply to the situation are never recommended. */
export function recommend(data, answers, scope = null) {
  const flagged = new Map();
  for (const question of data.questions) {
    if (!inScope(scope, question)) continue;
    const level = answers[question.id];
    const count = question.levels.length;
    if (!level) continue;
    const x = fraction(level, count);
    if (x > data.low) continue;
    for (const id of question.detects) {
      if (scope && scope.hidden.has(id)) continue;
      const entry = flagged.get(id) || { id, gap: 0, by: [] };
      entry.gap = Math.max(entry.gap, 1 - x);
      entry.by.push(`${question.id} (level ${level} of ${count})`);
      flagged.set(id, entry);
    }
  }
  const order = Object.keys(data.mistakes);
  const rank = (id) => data.severities.indexOf(data.mistakes[id].severity);
  return [...flagged.values()]
    .filter((entry) => data.mistakes[entry.id])
    .sort((a, b) => rank(a.id) - rank(b.id) || b.gap - a.gap || order.indexOf(a.id) - order.indexOf(b.id));
}

/* The questions both sides answered (not "not applicable") two levels or more apart, in playbook order. */
export function answerGaps(data, mine, theirs, scope = null) {
  const gaps = [];
  for (const question of data.questions) {
    if (!inScope(scope, question)) continue;
    const a = mine[question.id];
    const b = theirs[question.id];
    if (a > 0 && b > 0 && Math.abs(a - b) >= 2) gaps.push({ question, a, b });
  }
  return gaps;
}
