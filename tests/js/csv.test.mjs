import assert from "node:assert/strict";
import { test } from "node:test";

import { actionPlanCsv, actionPlanName, csvCell } from "../../playbook_builder/assets/assessment/csv.js";
import { recommend } from "../../playbook_builder/assets/assessment/scoring.js";
import { DATA } from "./fixtures.mjs";

test("cells are quoted when needed and never start a formula", () => {
  assert.equal(csvCell("plain"), "plain");
  assert.equal(csvCell('say "hi", then go'), '"say ""hi"", then go"');
  assert.equal(csvCell("two\nlines"), '"two\nlines"');
  assert.equal(csvCell("=1+1"), "'=1+1");
  assert.equal(csvCell("-5"), "'-5");
  assert.equal(csvCell("@sum"), "'@sum");
  assert.equal(csvCell(3), "3");
});

test("the action plan lists every mitigation of every flagged mistake, most severe first", () => {
  const text = actionPlanCsv(DATA, recommend(DATA, { "ALP-Q1": 1, "ALP-Q2": 2, "BET-Q1": 3 }));
  assert.ok(text.startsWith("\ufeff"), "a byte order mark, so Excel reads UTF-8");
  assert.ok(text.endsWith("\r\n"));
  assert.deepEqual(text.slice(1).split("\r\n"), [
    "Mistake,Severity,Phase,Mitigation,Owner,Due date",
    "BET-01 Letting details go unsaid,critical,Beta phase,Hold a weekly call with a written summary.,Manager,",
    "ALP-01 Choosing the cheapest bid,high,Alpha phase,Weight quality at least as high as price.,Buyer,",
    "ALP-01 Choosing the cheapest bid,high,Alpha phase,Ask the lowest bidder to walk you through its staffing plan.,Manager,",
    "ALP-02 Skipping past work samples,medium,Alpha phase,Ask for two samples of similar work.,Buyer,",
    "",
  ]);
});

test("nothing flagged, only the header", () => {
  assert.equal(actionPlanCsv(DATA, []), "\ufeffMistake,Severity,Phase,Mitigation,Owner,Due date\r\n");
});

test("the action plan's file name", () => {
  assert.equal(actionPlanName(DATA, "2026-01-02"), "test-playbook-action-plan-2026-01-02.csv");
});
