import assert from "node:assert/strict";
import { test } from "node:test";

import { quickQuestions, quickScope, QUICK_LIMIT } from "../../playbook_builder/assets/assessment/quick.js";
import { scopeOf } from "../../playbook_builder/assets/assessment/scope.js";
import { recommend, scoreAnswers, situated } from "../../playbook_builder/assets/assessment/scoring.js";
import { applies, severityFor } from "../../playbook_builder/assets/situation/rules.js";
import { DATA, SCOPED } from "./fixtures.mjs";

/* A playbook of `count` questions, each detecting one mistake of the severity its position gives. */
function many(count) {
  const severities = ["critical", "high", "medium", "low"];
  const questions = [];
  const mistakes = {};
  for (let n = 0; n < count; n++) {
    mistakes[`M-${n}`] = { title: `M${n}`, severity: severities[(n * 7) % 4], checklist: "a", mitigations: [] };
    questions.push({ id: `QQ-Q${n}`, checklist: "a", weight: n % 5 === 0 ? 2 : 1, levels: ["a", "b", "c"],
      detects: [`M-${n}`] });
  }
  return { ...DATA, severities, checklists: [{ id: "a", title: "A" }], questions, mistakes };
}

test("the fixture's most severe questions come first, in playbook order", () => {
  // BET-Q1 detects a critical mistake, ALP-Q1 a high one, ALP-Q2 a medium one
  assert.deepEqual(quickQuestions(DATA, null, 2), ["ALP-Q1", "BET-Q1"]);
  assert.deepEqual(quickQuestions(DATA, null, 1), ["BET-Q1"]);
  assert.deepEqual(quickQuestions(DATA), ["ALP-Q1", "ALP-Q2", "BET-Q1"]);
});

test("never more than fifteen questions, the most severe then the heaviest", () => {
  const data = many(40);
  const ids = quickQuestions(data);
  assert.equal(ids.length, QUICK_LIMIT);
  const chosen = data.questions.filter((question) => ids.includes(question.id));
  const rank = (question) => data.severities.indexOf(data.mistakes[question.detects[0]].severity);
  const left = data.questions.filter((question) => !ids.includes(question.id));
  const worstChosen = Math.max(...chosen.map(rank));
  assert.ok(left.every((question) => rank(question) >= worstChosen));
  // 10 critical questions, then the 5 heaviest-first high ones
  assert.equal(chosen.filter((question) => rank(question) === 0).length, 10);
  const high = chosen.filter((question) => rank(question) === 1);
  const heavyHigh = data.questions.filter((question) => rank(question) === 1 && question.weight === 2);
  assert.ok(heavyHigh.every((question) => high.includes(question)));
});

test("the situation decides: out-of-scope questions are never asked, severities follow the situation", () => {
  const small = { size: "small" };
  const scope = scopeOf(SCOPED, small, applies);
  assert.ok(!quickQuestions(SCOPED, scope).includes("ALP-Q2"));
  const rules = { "ALP-02": [{ when: { size: ["large"] }, severity: "critical" }] };
  const data = situated({ ...DATA, severity_when: rules }, { size: "large" }, severityFor);
  assert.equal(data.mistakes["ALP-02"].severity, "critical");
  assert.deepEqual(quickQuestions(data, null, 1), ["ALP-Q2"]);
});

test("a quick check scores and recommends with the same code, unanswered questions left out", () => {
  const ids = quickQuestions(DATA, null, 2);
  const scope = quickScope(null, ids);
  const answers = { "ALP-Q1": 1, "ALP-Q2": 1 };
  const scores = scoreAnswers(DATA, answers, scope);
  assert.equal(scores.overall.total, 2);
  assert.equal(scores.overall.answered, 1);
  assert.equal(scores.overall.score, 0);
  assert.deepEqual(recommend(DATA, answers, scope).map((entry) => entry.id), ["ALP-01"]);
  assert.deepEqual(scoreAnswers(DATA, { "ALP-Q1": 4 }, scope).overall.score,
    scoreAnswers(DATA, { "ALP-Q1": 4 }).overall.score);
});

test("a mistake restricted on a fact the reader left blank counts last: a bank is not asked about public buying", () => {
  const data = many(4);
  data.mistakes["M-0"].severity = "critical";  // the public body's mistake: the most severe, if it were theirs
  data.applies = { "M-0": { buyer: ["public"] } };
  const bank = { size: "large", sector: "regulated" };
  assert.ok(!quickQuestions(data, null, 2, bank).includes("QQ-Q0"));
  assert.ok(quickQuestions(data, null, 2, { ...bank, buyer: "public" }).includes("QQ-Q0"));
  assert.ok(quickQuestions(data, null, 2).includes("QQ-Q0"));  // no situation given: severity alone decides
});
