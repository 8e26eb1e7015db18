import assert from "node:assert/strict";
import { test } from "node:test";

import { decodeShare, isShareHash, sameAnswers, shareLink } from "../../playbook_builder/assets/assessment/share.js";
import { DATA } from "./fixtures.mjs";

const PAGE = "http://127.0.0.1:8000/fixture/assessment/";

test("a share link holds the version and the answers in playbook order, in the fragment only", () => {
  const link = shareLink(PAGE + "#alpha", DATA, { "BET-Q1": 0, "ALP-Q1": 4 });
  assert.equal(link, PAGE + "#answers=0.3.0;ALP-Q1:4,BET-Q1:0");
});

test("a share link decodes to a result for adoptResult", () => {
  assert.deepEqual(decodeShare("#answers=0.3.0;ALP-Q1:4,BET-Q1:0"),
    { version: "0.3.0", name: "", entries: { "ALP-Q1": { level: 4 }, "BET-Q1": { level: 0 } }, situation: "" });
  assert.deepEqual(decodeShare("#answers=0.3.0%3BALP-Q1%3A2").entries, { "ALP-Q1": { level: 2 } });
});

test("a cut-short, edited or foreign fragment decodes to null", () => {
  for (const hash of ["#answers=0.3.0;ALP-Q1:4,BET", "#answers=0.3.0;", "#answers=0.3.0;ALP-Q1:400",
    "#answers=%E0%A4%A", "#answers=", "#alpha", "#answers=0.3.0;;", "#answers=0.3.0;ALP-Q1:4;size=",
    "#answers=0.3.0;ALP-Q1:4;Size=Small", "#answers=0.3.0;ALP-Q1:4;size=small;x=y"]) {
    assert.equal(decodeShare(hash), null, hash);
  }
});

test("a share link may carry the situation after the answers; old links have none", () => {
  const link = shareLink(PAGE, DATA, { "ALP-Q1": 4 }, "size=small,vendor-location=offshore");
  assert.equal(link, PAGE + "#answers=0.3.0;ALP-Q1:4;size=small,vendor-location=offshore");
  assert.deepEqual(decodeShare("#" + link.split("#")[1]),
    { version: "0.3.0", name: "", entries: { "ALP-Q1": { level: 4 } }, situation: "size=small,vendor-location=offshore" });
  assert.equal(shareLink(PAGE, DATA, { "ALP-Q1": 4 }, ""), PAGE + "#answers=0.3.0;ALP-Q1:4");
  // a situation alone is worth a link
  assert.deepEqual(decodeShare("#answers=0.3.0;;size=small"), { version: "0.3.0", name: "", entries: {}, situation: "size=small" });
  assert.deepEqual(decodeShare("#answers=0.3.0%3BALP-Q1%3A2%3Bsize%3Dsmall").situation, "size=small");
});

test("only #answers= fragments are share links", () => {
  assert.equal(isShareHash("#answers=0.3.0;ALP-Q1:1"), true);
  assert.equal(isShareHash("#alp-q1"), false);
  assert.equal(isShareHash(""), false);
});

test("a round trip keeps every answer", () => {
  const answers = { "ALP-Q1": 5, "ALP-Q2": 0, "BET-Q1": 2 };
  const entries = decodeShare("#" + shareLink(PAGE, DATA, answers).split("#")[1]).entries;
  assert.ok(sameAnswers(Object.fromEntries(Object.entries(entries).map(([id, entry]) => [id, entry.level])), answers));
});

test("the same answers, in any order", () => {
  assert.equal(sameAnswers({ a: 1, b: 0 }, { b: 0, a: 1 }), true);
  assert.equal(sameAnswers({ a: 1 }, { a: 1, b: 0 }), false);
  assert.equal(sameAnswers({ a: 1 }, { a: 2 }), false);
});
