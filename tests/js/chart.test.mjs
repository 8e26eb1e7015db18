import assert from "node:assert/strict";
import { test } from "node:test";

import { describeChart } from "../../playbook_builder/assets/assessment/chart.js";
import { scoreAnswers } from "../../playbook_builder/assets/assessment/scoring.js";
import { DATA } from "./fixtures.mjs";

test("the chart's text alternative gives every side's score in every phase", () => {
  const series = [
    { name: "Your answers", scores: scoreAnswers(DATA, { "ALP-Q1": 3, "BET-Q1": 1 }) },
    { name: "Vendor Co", scores: scoreAnswers(DATA, { "ALP-Q1": 5 }) },
  ];
  assert.equal(describeChart(DATA.checklists, series),
    "Your answers: 1 Alpha phase 50; 2 Beta phase 0. Vendor Co: 1 Alpha phase 100; 2 Beta phase no score yet.");
});
