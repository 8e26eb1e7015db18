import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { scopeOf } from "../../playbook_builder/assets/assessment/scope.js";
import { answerGaps, fraction, recommend, scoreAnswers } from "../../playbook_builder/assets/assessment/scoring.js";
import { applies } from "../../playbook_builder/assets/situation/rules.js";
import { CASES, DATA, SCOPED, levels } from "./fixtures.mjs";

describe("golden scoring cases", () => {
  for (const golden of CASES) {
    test(golden.name, () => {
      const answers = levels(golden.answers);
      const scope = scopeOf(SCOPED, golden.situation || {}, applies);
      const scores = scoreAnswers(SCOPED, answers, scope);
      const pick = (field) => ({ alpha: scores.phases.alpha[field], beta: scores.phases.beta[field],
        overall: scores.overall[field] });
      assert.deepEqual(pick("score"), golden.scores);
      assert.deepEqual(pick("answered"), golden.answered);
      assert.deepEqual(pick("total"), golden.totals || { alpha: 2, beta: 1, overall: 3 });
      assert.deepEqual(recommend(SCOPED, answers, scope).map((entry) => entry.id), golden.flagged);
      if (!golden.situation) {
        // without a situation the data's restrictions change nothing
        assert.deepEqual(scoreAnswers(DATA, answers), scores);
        assert.deepEqual(recommend(DATA, answers), recommend(SCOPED, answers, scope));
      }
    });
  }
});

test("totals count every question, answered or not", () => {
  const scores = scoreAnswers(DATA, {});
  assert.equal(scores.phases.alpha.total, 2);
  assert.equal(scores.overall.total, 3);
});

test("a level's place on its scale", () => {
  assert.equal(fraction(1, 5), 0);
  assert.equal(fraction(3, 5), 0.5);
  assert.equal(fraction(5, 5), 1);
  assert.equal(fraction(1, 1), 1); // a one-level scale has nothing below it
});

/* Two mistakes of one severity and a critical one, to see every rule of the order. */
const ORDERED = {
  low: 0.5,
  severities: ["critical", "high", "medium", "low"],
  checklists: [{ id: "a", title: "A" }],
  questions: [
    { id: "AAA-Q1", checklist: "a", weight: 1, levels: ["1", "2", "3", "4", "5"], detects: ["AAA-01", "AAA-02"] },
    { id: "AAA-Q2", checklist: "a", weight: 1, levels: ["1", "2", "3"], detects: ["AAA-02", "GONE-01"] },
    { id: "AAA-Q3", checklist: "a", weight: 1, levels: ["1", "2", "3"], detects: ["AAA-03"] },
  ],
  mistakes: {
    "AAA-01": { severity: "high" },
    "AAA-02": { severity: "high" },
    "AAA-03": { severity: "critical" },
  },
};

test("recommendations: most severe, then lowest answer, then playbook order; unknown mistakes left out", () => {
  const found = recommend(ORDERED, { "AAA-Q1": 2, "AAA-Q2": 1, "AAA-Q3": 2 });
  assert.deepEqual(found.map((entry) => entry.id), ["AAA-03", "AAA-02", "AAA-01"]);
  assert.deepEqual(found[1], { id: "AAA-02", gap: 1,
    flags: [{ id: "AAA-Q1", level: 2, total: 5 }, { id: "AAA-Q2", level: 1, total: 3 }] });
  // an equal gap keeps playbook order
  assert.deepEqual(recommend(ORDERED, { "AAA-Q1": 1 }).map((entry) => entry.id), ["AAA-01", "AAA-02"]);
});

test("recommendations ignore unanswered and not applicable questions", () => {
  assert.deepEqual(recommend(ORDERED, { "AAA-Q1": 0, "AAA-Q3": 3 }), []);
});

test("questions two levels or more apart, both sides answered", () => {
  const gaps = answerGaps(DATA, { "ALP-Q1": 1, "ALP-Q2": 2, "BET-Q1": 4 }, { "ALP-Q1": 4, "ALP-Q2": 3, "BET-Q1": 2 });
  assert.deepEqual(gaps.map((gap) => [gap.question.id, gap.a, gap.b]), [["ALP-Q1", 1, 4], ["BET-Q1", 4, 2]]);
  assert.deepEqual(answerGaps(DATA, { "ALP-Q1": 0, "BET-Q1": 1 }, { "ALP-Q1": 5 }), []);
});
