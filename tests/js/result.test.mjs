import assert from "node:assert/strict";
import { describe, test } from "node:test";

import {
  DEEPEST_RESULT, FORMAT, LARGEST_RESULT, acceptResult, adoptResult, dataProblem, droppedText, migrationText,
  nestsDeeperThan, parseResult, questionIndex, serializeResult, slug,
} from "../../playbook_builder/assets/assessment/result.js";
import { DATA } from "./fixtures.mjs";

const QUESTIONS = questionIndex(DATA);

function exported(fields) {
  return JSON.stringify({ format: FORMAT, version: "0.3.0", ...fields });
}

describe("parseResult refuses what is not a result, saying why", () => {
  const refused = {
    "not JSON": ["this is not { json", "it is not a JSON file"],
    "another JSON file": [JSON.stringify({ name: "left-pad", version: "1.3.0" }), "it is not a self-assessment exported from this site"],
    "an array": ["[]", "it is not a self-assessment exported from this site"],
    "no version": [exported({ version: "latest", answers: {} }), "it does not say which version of the playbook its answers belong to"],
    "no answers": [exported({ answers: [] }), "it holds no answers"],
    "a name that is not text": [exported({ name: 3, answers: {} }), "its name is not text"],
    "a level as text": [exported({ answers: { "ALP-Q1": { level: "5" } } }), "its answer to “ALP-Q1” is not valid"],
    "a level of 0": [exported({ answers: { "ALP-Q1": { level: 0 } } }), "its answer to “ALP-Q1” is not valid"],
    "a bad question id": [exported({ answers: { "alp-q1": { level: 1 } } }), "its answer to “alp-q1” is not valid"],
    "a note that is not text": [exported({ answers: { "ALP-Q1": { note: [] } } }), "its answer to “ALP-Q1” is not valid"],
    "a situation that is a list": [exported({ situation: ["small"], answers: {} }), "its situation is not valid"],
    "a situation with a number": [exported({ situation: { size: 1 }, answers: {} }), "its situation is not valid"],
    "a situation with markup": [exported({ situation: { size: "<b>" }, answers: {} }), "its situation is not valid"],
  };
  for (const [name, [text, message]] of Object.entries(refused)) {
    test(name, () => assert.throws(() => parseResult(text), { message }));
  }
});

describe("parseResult refuses a file too large or nested too deeply before parsing it", () => {
  test("200,000 levels deep, at once", () => {
    const started = Date.now();
    assert.throws(() => parseResult("[".repeat(200000) + "]".repeat(200000)),
      { message: "it is nested too deeply to be a self-assessment", text: "it is nested too deeply to be a self-assessment" });
    assert.throws(() => parseResult("[".repeat(200000)), { message: "it is nested too deeply to be a self-assessment" });
    const deepNote = JSON.parse("[".repeat(20) + "]".repeat(20));
    assert.throws(() => parseResult(exported({ answers: { "ALP-Q1": { note: deepNote } } })),
      { message: "it is nested too deeply to be a self-assessment" });
    assert.ok(Date.now() - started < 1000);
  });
  test("larger than any export, before the nesting is looked at", () => {
    assert.throws(() => parseResult(" ".repeat(LARGEST_RESULT + 1)),
      { message: "it is too large to be a self-assessment", text: "it is too large to be a self-assessment" });
    assert.throws(() => parseResult("[".repeat(LARGEST_RESULT + 1)), { message: "it is too large to be a self-assessment" });
    const large = exported({ answers: { "ALP-Q1": { level: 2, note: "x".repeat(LARGEST_RESULT - 200) } } });
    assert.equal(parseResult(large).entries["ALP-Q1"].level, 2);
  });
  test("brackets and escaped quotes inside strings do not count", () => {
    const note = "[{\"[".repeat(1000);
    const result = parseResult(exported({ name: "]]]}}} \" [[[", answers: { "ALP-Q1": { level: 2, note } } }));
    assert.equal(result.entries["ALP-Q1"].note, note);
  });
});

test("nestsDeeperThan counts arrays and objects in one pass, strings left out", () => {
  assert.equal(DEEPEST_RESULT >= 3 && DEEPEST_RESULT <= 20, true);
  assert.equal(nestsDeeperThan('{"a":[{"b":1}]}', 3), false);
  assert.equal(nestsDeeperThan('{"a":[{"b":[1]}]}', 3), true);
  assert.equal(nestsDeeperThan('[[],[],[],[]]', 2), false);
  assert.equal(nestsDeeperThan('["[[[[", "\\\\", ["\\\\"]]', 2), false);
  assert.equal(nestsDeeperThan('["\\\\", [["x"]]]', 2), true);
  assert.equal(nestsDeeperThan('["\\"[[[", [["x"]]]', 2), true);
  assert.equal(nestsDeeperThan("", 0), false);
});

test("parseResult reads levels, not applicable and notes, and trims long texts", () => {
  const result = parseResult(exported({
    playbook: "Test Playbook", saved: "2026-01-01T00:00:00Z", name: "n".repeat(100),
    answers: { "ALP-Q1": { level: 2, note: "x".repeat(6000) }, "BET-Q1": { notApplicable: true, level: 4 }, "ALP-Q2": { note: "" } },
  }));
  assert.equal(result.version, "0.3.0");
  assert.equal(result.playbook, "Test Playbook");
  assert.equal(result.saved, "2026-01-01T00:00:00Z");
  assert.equal(result.name.length, 80);
  assert.equal(result.entries["ALP-Q1"].level, 2);
  assert.equal(result.entries["ALP-Q1"].note.length, 5000);
  assert.deepEqual(result.entries["BET-Q1"], { level: 0 });
  assert.deepEqual(result.entries["ALP-Q2"], {});
});

test("adopting keeps answers to this version's questions and counts the rest", () => {
  const adopted = adoptResult(QUESTIONS, {
    name: "Vendor",
    entries: { "ALP-Q1": { level: 2, note: "why" }, "ALP-Q2": { level: 4 }, "OLD-Q9": { level: 1 }, "BET-Q1": { note: "only a note" } },
  });
  assert.deepEqual(adopted, {
    answers: { "ALP-Q1": 2 }, notes: { "ALP-Q1": "why", "BET-Q1": "only a note" }, name: "Vendor", situation: null,
    criticality: "", side: "", saved: "", quick: false, kept: 1, dropped: 2,
  });
});

test("a quick check says so in its export, and reads back as one", () => {
  const state = { answers: { "ALP-Q1": 2 }, notes: {}, name: "", criticality: "", quick: true };
  const result = serializeResult(DATA, state, "2026-12-07T10:00:00Z");
  assert.equal(result.quick, true);
  assert.equal(adoptResult(QUESTIONS, parseResult(JSON.stringify(result))).quick, true);
  assert.equal("quick" in serializeResult(DATA, { ...state, quick: false }, "2026-12-07T10:00:00Z"), false);
  assert.equal(parseResult(JSON.stringify({ ...result, quick: "yes" })).quick, false);
});

describe("acceptResult", () => {
  test("returns the adopted answers with their version", () => {
    const adopted = acceptResult(DATA, QUESTIONS, exported({ version: "0.2.0", answers: { "ALP-Q1": { level: 3 } } }));
    assert.equal(adopted.version, "0.2.0");
    assert.deepEqual(adopted.answers, { "ALP-Q1": 3 });
  });
  const refused = {
    "no answers": [exported({ answers: {} }), "it holds no answers"],
    "another playbook": [exported({ playbook: "Another playbook", answers: { "XYZ-Q1": { level: 2 } } }),
      "it holds answers to another playbook (“Another playbook”)"],
    "no known question": [exported({ playbook: "Test Playbook", answers: { "XYZ-Q1": { level: 2 } } }),
      "none of its answers belong to this playbook's questions"],
  };
  for (const [name, [text, message]] of Object.entries(refused)) {
    test(`refuses ${name}`, () => assert.throws(() => acceptResult(DATA, QUESTIONS, text), { message }));
  }
});

test("the export format: answers in playbook order with their texts, fields in a fixed order", () => {
  const state = {
    answers: { "BET-Q1": 5, "ALP-Q2": 0, "ALP-Q1": 3 },
    notes: { "BET-Q1": "Ask for the plan", "ALP-Q1": "" },
    name: "Buyer team",
  };
  const result = serializeResult(DATA, state, "2026-02-03T04:05:06.000Z");
  assert.deepEqual(Object.keys(result), ["format", "playbook", "version", "saved", "name", "answers"]);
  assert.deepEqual(result, {
    format: "playbook-assessment", playbook: "Test Playbook", version: "0.3.0", saved: "2026-02-03T04:05:06.000Z",
    name: "Buyer team",
    answers: {
      "ALP-Q1": { level: 3, of: 5, answer: "Quality is scored." },
      "ALP-Q2": { notApplicable: true, answer: "Not applicable" },
      "BET-Q1": { level: 5, of: 5, answer: "In a shared plan reviewed weekly and tied to the contract.", note: "Ask for the plan" },
    },
  });
  assert.deepEqual(Object.keys(result.answers), ["ALP-Q1", "ALP-Q2", "BET-Q1"]);
  assert.equal("name" in serializeResult(DATA, { ...state, name: "" }, ""), false);
});

test("the export carries the situation, fixed answers included, before the answers; none, no field", () => {
  const state = { answers: { "ALP-Q1": 3 }, notes: {}, name: "" };
  const result = serializeResult(DATA, state, "2026-02-03", { size: "small", sector: "regulated" });
  assert.deepEqual(Object.keys(result), ["format", "playbook", "version", "saved", "situation", "answers"]);
  assert.deepEqual(result.situation, { size: "small", sector: "regulated" });
  assert.equal("situation" in serializeResult(DATA, state, "2026-02-03", {}), false);
  assert.equal("situation" in serializeResult(DATA, state, "2026-02-03"), false);
});

test("a result's situation is read and adopted; older results have none", () => {
  const withSituation = parseResult(exported({ situation: { size: "small", "vendor-kind": "freelancer" },
    answers: { "ALP-Q1": { level: 2 } } }));
  assert.deepEqual(withSituation.situation, { size: "small", "vendor-kind": "freelancer" });
  assert.deepEqual(adoptResult(QUESTIONS, withSituation).situation, { size: "small", "vendor-kind": "freelancer" });
  const older = parseResult(exported({ answers: { "ALP-Q1": { level: 2 } } }));
  assert.equal(older.situation, null);
  assert.equal(adoptResult(QUESTIONS, older).situation, null);
  assert.equal(parseResult(exported({ situation: null, answers: {} })).situation, null);
  // unknown facts and options are the situation script's to drop, not a reason to refuse the file
  assert.deepEqual(parseResult(exported({ situation: { colour: "blue" }, answers: {} })).situation, { colour: "blue" });
});

test("an export reads back as the same state", () => {
  const state = { answers: { "ALP-Q1": 3, "BET-Q1": 0 }, notes: { "ALP-Q2": "later" }, name: "Team" };
  const back = adoptResult(QUESTIONS, parseResult(JSON.stringify(serializeResult(DATA, state, "2026-01-01"))));
  assert.deepEqual({ answers: back.answers, notes: back.notes, name: back.name }, state);
});

test("messages about migrated and left-out answers", () => {
  assert.equal(migrationText("0.2.0", "0.3.0", { kept: 1, dropped: 1 }),
    "Your answers were saved for version 0.2.0 of the playbook; this is version 0.3.0. Kept 1 answer and dropped " +
    "1 answer to questions that are no longer in the playbook.");
  assert.equal(migrationText("0.2.0", "0.3.0", { kept: 2, dropped: 0 }),
    "Your answers were saved for version 0.2.0 of the playbook; this is version 0.3.0. Kept 2 answers; every " +
    "question still exists.");
  assert.equal(droppedText({ dropped: 0 }, "0.3.0"), "");
  assert.equal(droppedText({ dropped: 2 }, "0.3.0"), " 2 answers to questions that are not in version 0.3.0 were left out.");
});

test("small texts: slugs", () => {
  assert.equal(slug("Outsourcing Playbook: 2026!"), "outsourcing-playbook-2026");
  assert.equal(slug("***"), "playbook");
});

test("the page's data is checked before use", () => {
  assert.equal(dataProblem(DATA), "");
  assert.equal(dataProblem(null), "it is not an object");
  assert.equal(dataProblem({ ...DATA, questions: undefined }), "it has no questions list");
  assert.equal(dataProblem({ ...DATA, mistakes: [] }), "it has no mistakes");
});

test("criticality and side travel through export, parsing and adoption", () => {
  const state = { answers: { "ALP-Q1": 2 }, notes: {}, name: "Vendor Beta", criticality: "high" };
  const exported = serializeResult({ ...DATA, side: "vendor" }, state, "2026-03-04T00:00:00Z");
  assert.equal(exported.criticality, "high");
  assert.equal(exported.side, "vendor");
  const adopted = adoptResult(QUESTIONS, parseResult(JSON.stringify(exported)));
  assert.equal(adopted.criticality, "high");
  assert.equal(adopted.side, "vendor");
  assert.equal(adopted.saved, "2026-03-04T00:00:00Z");
  const plain = serializeResult(DATA, { ...state, criticality: "" }, "2026-03-04");
  assert.equal("criticality" in plain || "side" in plain, false);
});

test("a criticality or side outside the lists is refused", () => {
  const base = { format: "playbook-assessment", version: "1.0.0", answers: {} };
  assert.throws(() => parseResult(JSON.stringify({ ...base, criticality: "extreme" })), /criticality is not low/);
  assert.throws(() => parseResult(JSON.stringify({ ...base, side: "auditor" })), /side is not buyer or vendor/);
});
