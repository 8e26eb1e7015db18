import assert from "node:assert/strict";
import { test } from "node:test";

import { situated } from "../../playbook_builder/assets/assessment/scoring.js";
import { rankStart, severityFor } from "../../playbook_builder/assets/situation/rules.js";

const RULES = [
  { severity: "critical", when: { size: ["small"] } },
  { severity: "high", when: { sector: ["regulated"], size: ["large", "medium"] } },
];

test("the first rule whose every fact is answered with one of its options gives the severity", () => {
  assert.equal(severityFor("medium", RULES, { size: "small" }), "critical");
  assert.equal(severityFor("medium", RULES, { size: "large", sector: "regulated" }), "high");
  assert.equal(severityFor("medium", RULES, { size: "small", sector: "regulated" }), "critical");
});

test("a reader who has not answered a rule's facts keeps the base severity", () => {
  assert.equal(severityFor("medium", RULES, {}), "medium");
  assert.equal(severityFor("medium", RULES, { sector: "regulated" }), "medium");  // size not answered
  assert.equal(severityFor("medium", RULES, { size: "large", sector: "other" }), "medium");
  assert.equal(severityFor("low", undefined, { size: "small" }), "low");
  assert.equal(severityFor("low", [{ severity: "high", when: {} }], { size: "small" }), "low");
});

const ITEMS = [
  { id: "STR-01", base: "critical", order: 0 },
  { id: "STR-02", base: "medium", order: 1 },
  { id: "SEL-01", base: "high", order: 2 },
  { id: "TRN-10", base: "high", order: 3 },
  { id: "GOV-06", base: "medium", order: 4 },
];
const SEVERITY = { "TRN-10": [{ severity: "critical", when: { size: ["small"] } }],
  "GOV-06": [{ severity: "high", when: { sector: ["regulated"] } }] };
const APPLIES = { "GOV-06": { size: ["medium", "large"] } };

const ids = (items) => items.map((item) => item.id);

test("Start here ranks by the reader's severity, then by how early the mistake bites", () => {
  assert.deepEqual(ids(rankStart(ITEMS, SEVERITY, APPLIES, {})), ["STR-01", "SEL-01", "TRN-10", "STR-02", "GOV-06"]);
  // What is restricted to a situation the reader has not confirmed counts one level lower, after what surely applies.
  const unsure = { "STR-01": { sector: ["regulated"] } };
  assert.deepEqual(ids(rankStart([ITEMS[0], { id: "EXT-01", base: "critical", order: 9 }], {}, unsure, {})),
    ["EXT-01", "STR-01"]);
  assert.deepEqual(ids(rankStart([ITEMS[0], { id: "EXT-01", base: "critical", order: 9 }], {}, unsure,
    { sector: "regulated" })), ["STR-01", "EXT-01"]);
  const high = { id: "SEL-02", base: "high", order: 5 };
  assert.deepEqual(ids(rankStart([ITEMS[0], high], {}, unsure, {})), ["SEL-02", "STR-01"]);
  assert.deepEqual(ids(rankStart(ITEMS, SEVERITY, APPLIES, { size: "small" })),
    ["STR-01", "TRN-10", "SEL-01", "STR-02"]);  // GOV-06 does not apply to a small business
  assert.deepEqual(ids(rankStart(ITEMS, SEVERITY, APPLIES, { size: "large", sector: "regulated" })),
    ["STR-01", "SEL-01", "TRN-10", "GOV-06", "STR-02"]);
});

test("recommendations rank by the severity for the situation, and the data is untouched", () => {
  const data = { mistakes: { "TRN-10": { severity: "high", title: "x" }, "STR-02": { severity: "medium" } },
    severity_when: SEVERITY };
  const small = situated(data, { size: "small" }, severityFor);
  assert.equal(small.mistakes["TRN-10"].severity, "critical");
  assert.equal(small.mistakes["TRN-10"].title, "x");
  assert.equal(data.mistakes["TRN-10"].severity, "high");
  assert.deepEqual(Object.keys(small.mistakes), ["TRN-10", "STR-02"]);
  assert.equal(situated(data, { size: "small" }), data);  // without the rule, nothing changes
  const plain = { mistakes: {} };
  assert.equal(situated(plain, {}, severityFor), plain);
});
