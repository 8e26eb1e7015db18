import assert from "node:assert/strict";
import { test } from "node:test";

import { binds, emptyReview, gaps, gapsCsv, parseReview, progress, reviewFileName, serializeReview } from "../../playbook_builder/assets/review/model.js";

const DATA = {
  version: "1.4.0",
  provisions: {
    scope: { applies: {}, required: ["dora"] },
    acceptance: { applies: {}, required: [] },
    regulator: { applies: { sector: ["regulated"] }, required: ["dora"] },
  },
  frameworks: { dora: { title: "DORA", applies: { sector: ["regulated"] } } },
};

function review(marks) {
  return { ...emptyReview("1.4.0"), marks };
}

test("a framework binds only a reader who answered its facts with one of its options", () => {
  assert.equal(binds({ sector: ["regulated"] }, {}), false);
  assert.equal(binds({ sector: ["regulated"] }, { sector: "other" }), false);
  assert.equal(binds({ sector: ["regulated"] }, { sector: "regulated" }), true);
  assert.equal(binds({}, {}), true);
});

test("gaps are the missing and weak clauses that apply: required first, then missing before weak", () => {
  const marks = { scope: { status: "weak" }, acceptance: { status: "missing", note: "absent" },
    regulator: { status: "missing" } };
  assert.deepEqual(gaps(review(marks), DATA, {}).map((gap) => gap.id), ["acceptance", "regulator", "scope"]);
  const regulated = gaps(review(marks), DATA, { sector: "regulated" });
  assert.deepEqual(regulated.map((gap) => [gap.id, gap.required]),
    [["regulator", ["DORA"]], ["scope", ["DORA"]], ["acceptance", []]]);
  assert.deepEqual(gaps(review(marks), DATA, { sector: "other" }).map((gap) => gap.id), ["acceptance", "scope"]);
  assert.deepEqual(progress(review(marks), DATA, { sector: "other" }), { marked: 2, total: 2, gaps: 2 });
});

test("a review survives its file, and marks for clauses that are gone are dropped and counted", () => {
  const saved = serializeReview({ ...review({ scope: { status: "present", note: "cl. 2" } }), name: "Acme" });
  assert.deepEqual(parseReview(saved, DATA).review.marks, { scope: { status: "present", note: "cl. 2" } });
  const old = JSON.stringify({ format: "playbook-contract-review", marks: { gone: { status: "missing" } } });
  assert.equal(parseReview(old, DATA).dropped, 1);
});

test("a file that is not a review, or holds a bad mark, is refused with the reason", () => {
  const reason = (text) => {
    try {
      parseReview(text, DATA);
    } catch (error) {
      return error.text;
    }
    return null;
  };
  assert.equal(reason("not json"), "it is not a JSON file");
  assert.equal(reason("[".repeat(50000) + "]".repeat(50000)), "it is not a contract review exported from this site");
  assert.equal(reason(JSON.stringify({ format: "playbook-assessment", marks: {} })),
    "it is not a contract review exported from this site");
  assert.equal(reason(JSON.stringify({ format: "playbook-contract-review", marks: { scope: { status: "great" } } })),
    "its mark for “%(id)s” is not valid");
  assert.equal(reason("x".repeat(1000001)), "it is too large to be a contract review");
});

test("the gaps CSV keeps formulas out and the file names say what was reviewed", () => {
  const text = gapsCsv([{ id: "scope", status: "weak", note: "=HYPERLINK()", required: ["DORA"] }], { scope: "Scope" });
  assert.equal(text, "\ufeffClause,Status,Required by,Note\r\nScope,Weak,DORA,'=HYPERLINK()\r\n");
  assert.equal(reviewFileName("Acme Cloud", "2026-12-07"), "contract-review-acme-cloud-2026-12-07.json");
  assert.equal(reviewFileName("", "2026-12-07", "csv"), "contract-review-draft-2026-12-07.csv");
});
