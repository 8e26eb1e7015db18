import assert from "node:assert/strict";
import { test } from "node:test";

import { recommend, situated } from "../../playbook_builder/assets/assessment/scoring.js";
import { applies, forYou, severityFor, smallNotesHidden } from "../../playbook_builder/assets/situation/rules.js";
import { countText, rankForYou, withCount } from "../../playbook_builder/assets/ranking/lists.js";
import { firstApplying, rankStart } from "../../playbook_builder/assets/ranking/start.js";

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
    ["TRN-10", "STR-01", "SEL-01", "STR-02"]);  // GOV-06 does not apply; TRN-10, critical for them, leads its equals
  assert.deepEqual(ids(rankStart(ITEMS, SEVERITY, APPLIES, { size: "large", sector: "regulated" })),
    ["STR-01", "GOV-06", "SEL-01", "TRN-10", "STR-02"]);  // GOV-06 is theirs: restricted to them and raised
});

test("a mistake is for the reader when their answers confirm its restriction or raise its severity", () => {
  assert.equal(forYou("high", undefined, { "vendor-kind": ["freelancer"] }, { "vendor-kind": "freelancer" }), true);
  assert.equal(forYou("high", undefined, { "vendor-kind": ["freelancer"] }, {}), false);  // not confirmed
  assert.equal(forYou("high", undefined, { size: ["small"], sector: ["other"] }, { size: "small" }), false);
  assert.equal(forYou("high", undefined, {}, { size: "small" }), false);
  assert.equal(forYou("high", SEVERITY["TRN-10"], undefined, { size: "small" }), true);  // raised
  assert.equal(forYou("critical", [{ severity: "low", when: { size: ["small"] } }], undefined, { size: "small" }), false);
});

test("lists rank the reader's mistakes first and keep the rest in order", () => {
  const ranked = rankForYou(ITEMS, SEVERITY, APPLIES, { size: "large", sector: "regulated" });
  assert.deepEqual(ranked.map(({ item }) => item.id), ["GOV-06", "STR-01", "STR-02", "SEL-01", "TRN-10"]);
  assert.deepEqual(ranked.map(({ mine }) => mine), [true, false, false, false, false]);
  assert.deepEqual(rankForYou(ITEMS, SEVERITY, APPLIES, {}).map(({ item }) => item.id), ids(ITEMS));
  // Among the reader's, the most severe for them first: TRN-10 (critical for a small business) before STR-02.
  const small = rankForYou(ITEMS, { ...SEVERITY, "STR-02": [{ severity: "high", when: { size: ["small"] } }] },
    APPLIES, { size: "small" });
  assert.deepEqual(small.map(({ item }) => item.id), ["TRN-10", "STR-02", "STR-01", "SEL-01", "GOV-06"]);
});

test("the first action is the first that fits the reader", () => {
  const rules = [{ "vendor-kind": ["agency", "large-provider"] }, {}];
  assert.equal(firstApplying(rules, {}), 0);
  assert.equal(firstApplying(rules, { "vendor-kind": "agency" }), 0);
  assert.equal(firstApplying(rules, { "vendor-kind": "freelancer" }), 1);
  assert.equal(firstApplying([], { size: "small" }), 0);
});

test("small-business notes leave the page for a mid-size or large organisation only", () => {
  assert.equal(smallNotesHidden({ size: "large" }), true);
  assert.equal(smallNotesHidden({ size: "medium" }), true);
  assert.equal(smallNotesHidden({ size: "small" }), false);
  assert.equal(smallNotesHidden({}), false);
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

test("What to fix first: the reader's severity, then what is theirs, then the weightiest question", () => {
  const levels = ["None", "Some", "Most", "All", "Reviewed"];
  const data = {
    severities: ["critical", "high", "medium", "low"], low: 0.5,
    mistakes: { "EXT-09": { severity: "high" }, "SEL-10": { severity: "medium" }, "QPM-01": { severity: "low" } },
    severity_when: { "SEL-10": [{ severity: "high", when: { size: ["small"] } }] },
    applies: { "SEL-10": { "vendor-kind": ["freelancer"] } },
    questions: [
      { id: "EXT-Q3", weight: 2, levels, detects: ["EXT-09"], checklist: "exit" },
      { id: "SEL-Q6", weight: 1, levels, detects: ["SEL-10", "QPM-01"], checklist: "selection" },
    ],
  };
  const answers = { "EXT-Q3": 1, "SEL-Q6": 1 };
  const agency = { size: "small", "vendor-kind": "freelancer" };
  const order = (situation, marks) => recommend(situated(data, situation, severityFor, marks), answers).map((e) => e.id);
  assert.deepEqual(order({}, forYou), ["EXT-09", "SEL-10", "QPM-01"]);
  assert.deepEqual(order(agency, null), ["EXT-09", "SEL-10", "QPM-01"]);  // both high: the weightier question first
  assert.deepEqual(order(agency, forYou), ["SEL-10", "EXT-09", "QPM-01"]);  // the freelancer trial is theirs
  assert.equal(situated(data, agency, severityFor, forYou).mistakes["SEL-10"].mine, true);
  assert.equal(data.mistakes["SEL-10"].mine, undefined);
});

test("counts that follow what is shown: in words, bare, and in a heading's brackets", async () => {
  const { ENGLISH_WORDS } = await import("../../playbook_builder/assets/assessment/strings.js");
  assert.equal(countText(31, "mistakes", ENGLISH_WORDS), "31 mistakes");
  assert.equal(countText(1, "mistakes", ENGLISH_WORDS), "1 mistake");
  assert.equal(countText(31, "", ENGLISH_WORDS), "31");
  assert.equal(withCount("High (33)", 31), "High (31)");
  assert.equal(withCount("\n  High (33)\n  ", 31), "\n  High (31)\n  ");
  assert.equal(withCount("By phase", 31), "By phase");
  assert.equal(withCount("Élevée (33)", 0), "Élevée (0)");
});

test("an action that does not fit the situation leaves the recommendation; the others keep their order", () => {
  const audited = ["Review three years of audited accounts.", "Finance lead", { "vendor-kind": ["agency", "large-provider"] }];
  const data = { mistakes: { "SEL-06": { severity: "high", mitigations: [audited, ["Check the register.", "Buyer"],
    ["Ask for references.", "Buyer"]] } } };
  const actions = (situation) => situated(data, situation, severityFor, forYou, applies).mistakes["SEL-06"].mitigations
    .map(([action]) => action);
  assert.deepEqual(actions({ "vendor-kind": "freelancer" }), ["Check the register.", "Ask for references."]);
  assert.deepEqual(actions({ "vendor-kind": "agency" }), [audited[0], "Check the register.", "Ask for references."]);
  assert.equal(data.mistakes["SEL-06"].mitigations.length, 3);  // the page's data is untouched
});
