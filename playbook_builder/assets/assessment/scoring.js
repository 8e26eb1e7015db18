/* Scores and recommendations from answers by question id (1..L, 0: "not applicable"), by the formula of "How the
 * scores work". Pure. Questions out of `scope` (scopeOf(); null: all apply) are not counted. */

import { inScope } from "./scope.js";

/* Where a level sits on its question's scale, from 0 (least mature) to 1; a one-level scale is all the way. */
export function fraction(level, count) {
  return count > 1 ? (level - 1) / (count - 1) : 1;
}

function blankTally() {
  return { weights: 0, points: 0, answered: 0, total: 0, score: null };
}

/* Per phase and overall: answered, total and the score from 0 to 100 (null before an answer; halves round up). */
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

/* The mistakes low answers reveal, with the questions that flag them (`flags`): the most severe for the reader first
 * (situated), then those marked for them (`mine`), then those flagged by the weightiest question, then lowest answer,
 * then playbook order; never one out of scope. */
export function recommend(data, answers, scope = null) {
  const flagged = new Map();
  // The weightiest question that flags each mistake.
  const weights = new Map();
  for (const question of data.questions) {
    if (!inScope(scope, question)) continue;
    const level = answers[question.id];
    const count = question.levels.length;
    if (!level) continue;
    const x = fraction(level, count);
    if (x > data.low) continue;
    for (const id of question.detects) {
      if (scope && scope.hidden.has(id)) continue;
      const entry = flagged.get(id) || { id, gap: 0, flags: [] };
      entry.gap = Math.max(entry.gap, 1 - x);
      weights.set(id, Math.max(weights.get(id) || 0, question.weight || 1));
      entry.flags.push({ id: question.id, level, total: count });
      flagged.set(id, entry);
    }
  }
  const order = Object.keys(data.mistakes);
  const rank = (id) => data.severities.indexOf(data.mistakes[id].severity);
  const other = (id) => (data.mistakes[id].mine ? 0 : 1);
  return [...flagged.values()]
    .filter((entry) => data.mistakes[entry.id])
    .sort((a, b) => rank(a.id) - rank(b.id) || other(a.id) - other(b.id) || weights.get(b.id) - weights.get(a.id)
      || b.gap - a.gap || order.indexOf(a.id) - order.indexOf(b.id));
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

/* The data with each mistake's severity for the situation (its severity_when resolved by `severityFor`, the
 * situation script's rule) and, with `forYou` (the same script's), whether it is marked for the reader (`mine`):
 * what recommendations rank by; with `applies` (the same script's rule), only the actions that fit. The same object
 * when nothing depends on the situation. */
export function situated(data, situation, severityFor, forYou = null, applies = null) {
  const rules = data.severity_when && typeof data.severity_when === "object" ? data.severity_when : {};
  const restricted = data.applies && typeof data.applies === "object" ? data.applies : {};
  const marks = typeof forYou === "function";
  const fits = typeof applies === "function";
  const ruled = (id) => fits && (data.mistakes[id].mitigations || []).some((action) => action[2]);
  const ids = [...new Set([...Object.keys(rules), ...(marks ? Object.keys(restricted) : []),
    ...Object.keys(data.mistakes).filter(ruled)])].filter((id) => data.mistakes[id]);
  if (!ids.length || typeof severityFor !== "function") return data;
  const mistakes = { ...data.mistakes };
  for (const id of ids) {
    const base = mistakes[id].severity;
    mistakes[id] = { ...mistakes[id], severity: severityFor(base, rules[id], situation || {}) };
    if (marks) mistakes[id].mine = forYou(base, rules[id], restricted[id], situation || {});
    // Actions that do not fit the situation (a third element: their rule) leave the recommendations and the plan.
    if (ruled(id)) mistakes[id].mitigations = mistakes[id].mitigations.filter((action) => !action[2] || applies(action[2], situation || {}));
  }
  return { ...data, mistakes };
}
