/* The portfolio's roll-up against the shared fixtures: the numbers `playbook report` computes (expected.json). */

import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { describe, test } from "node:test";

import { attentionOrder, needsAttention, TOP_GAPS } from "../../playbook_builder/assets/portfolio/attention.js";
import { findingsCsv } from "../../playbook_builder/assets/portfolio/findings.js";
import { addMonths, collect, fileStem, rollUp } from "../../playbook_builder/assets/portfolio/rollup.js";
import { DATA } from "./fixtures.mjs";

const FOLDER = new URL("../fixtures/portfolio/", import.meta.url);
const EXPECTED = JSON.parse(readFileSync(new URL("expected.json", FOLDER), "utf-8"));
const FILES = readdirSync(FOLDER).filter((name) => name !== "expected.json" && name.endsWith(".json")).sort()
  .map((name) => ({ name, text: readFileSync(new URL(name, FOLDER), "utf-8") }));

function portfolioOf(files) {
  const collected = collect(DATA, files);
  return { collected, portfolio: rollUp(DATA, collected.entries, { months: EXPECTED.review_months, today: EXPECTED.today }) };
}

describe("the fixture portfolio gives the report's numbers", () => {
  const { collected, portfolio } = portfolioOf(FILES);
  test("every file is read", () => {
    assert.deepEqual(collected.refused, []);
    assert.deepEqual(portfolio.subjects.map((subject) => subject.name), Object.keys(EXPECTED.subjects).sort());
  });
  for (const [name, expected] of Object.entries(EXPECTED.subjects)) {
    test(name, () => {
      const subject = portfolio.subjects.find((entry) => entry.name === name);
      assert.equal(subject.latest.date, expected.date);
      assert.equal(subject.history.length, expected.results);
      assert.equal(subject.criticality, expected.criticality);
      assert.equal(subject.latest.side, expected.side);
      assert.equal(subject.nextReview, expected.next_review);
      assert.equal(subject.overdue, expected.overdue);
      const scores = { overall: subject.scores.overall.score };
      for (const id of Object.keys(subject.scores.phases)) scores[id] = subject.scores.phases[id].score;
      assert.deepEqual(scores, expected.scores);
      assert.deepEqual(subject.flagged.map((entry) => entry.id), expected.flagged);
    });
  }
  test("shared weaknesses", () => {
    assert.deepEqual(Object.fromEntries(portfolio.weaknesses.map((entry) => [entry.id, entry.subjects.length])),
      EXPECTED.shared);
  });
  test("trends", () => {
    const trends = {};
    for (const { subject, trend } of portfolio.trends) {
      trends[subject.name] = { from: trend.from, to: trend.to,
        scores: Object.fromEntries(trend.rows.map((row) => [row.id, [row.earlier, row.latest]])) };
    }
    assert.deepEqual(trends, EXPECTED.trends);
  });
  test("the findings CSV has one row per subject and flagged mistake, guarded against formulas", () => {
    const rows = findingsCsv(DATA, portfolio).split("\r\n").filter(Boolean);
    const flagged = Object.values(EXPECTED.subjects).reduce((sum, subject) => sum + subject.flagged.length, 0);
    assert.equal(rows.length, 1 + flagged);
    assert.ok(rows[0].startsWith("\ufeffSubject,"));
    const evil = portfolioOf([{ name: "x.json", text: FILES[0].text.replace(/"name": "[^"]*"/, '"name": "=HYPERLINK(1)"') }]);
    assert.match(findingsCsv(DATA, evil.portfolio), /\r\n'=HYPERLINK\(1\),/);
  });
});

describe("reading files", () => {
  test("bad files are refused by name with the reason", () => {
    const { collected } = portfolioOf([
      { name: "notes.txt", text: "hello" },
      { name: "other.json", text: JSON.stringify({ format: "something-else" }) },
      FILES[0],
    ]);
    assert.deepEqual(collected.refused.map((entry) => entry.file), ["notes.txt", "other.json"]);
    assert.equal(collected.refused[0].reason, "it is not a JSON file");
    assert.equal(collected.entries.length, 1);
  });
  test("a duplicate (same subject, side and date) is reported, not counted twice: the last saved counts", () => {
    const { collected } = portfolioOf([FILES[0], { ...FILES[0], name: "copy.json" }]);
    assert.deepEqual(collected.duplicates, [{ file: "copy.json", of: FILES[0].name }]);
    assert.equal(collected.entries.length, 1);
    const later = { name: "later.json", text: FILES[0].text.replace(/"saved": "(\d{4}-\d{2}-\d{2})T[^"]*"/,
      '"saved": "$1T23:59:59.000Z"') };
    const again = portfolioOf([FILES[0], later]).collected;
    assert.deepEqual(again.duplicates, [{ file: FILES[0].name, of: "later.json" }]);
    assert.deepEqual(again.entries.map((entry) => entry.file), ["later.json"]);
  });
  test("a result without a name is named after its file; one without a date is refused", () => {
    const result = JSON.parse(FILES[0].text);
    delete result.name;
    const { collected } = portfolioOf([{ name: "dir/Vendor C.json", text: JSON.stringify(result) },
      { name: "undated.json", text: JSON.stringify({ ...result, saved: "" }) }]);
    assert.equal(collected.entries[0].subject, "Vendor C");
    assert.deepEqual(collected.refused, [{ file: "undated.json", reason: "it does not say when it was saved" }]);
    assert.equal(fileStem("a/b.c.json"), "b.c");
  });
  test("two sides of one subject give the questions two or more levels apart", () => {
    const buyer = JSON.parse(FILES.find((file) => file.text.includes("Vendor B")).text);
    const vendor = { ...buyer, side: "vendor", answers: { ...buyer.answers, "BET-Q1": { level: 5 } } };
    const { portfolio } = portfolioOf([{ name: "b.json", text: JSON.stringify(buyer) },
      { name: "v.json", text: JSON.stringify(vendor) }]);
    assert.equal(portfolio.subjects.length, 1);
    assert.deepEqual(portfolio.subjects[0].gaps.map((gap) => [gap.question.id, gap.a, gap.b]), [["BET-Q1", 2, 5]]);
  });
});

test("addMonths keeps the day, or the month's last day", () => {
  assert.equal(addMonths("2025-08-31", 6), "2026-02-28");
  assert.equal(addMonths("2024-02-29", 12), "2025-02-28");
  assert.equal(addMonths("2026-01-15", 6), "2026-07-15");
  assert.equal(addMonths("2026-11-30", 24), "2028-11-30");
});

describe("who needs attention first (the same cases as the report's, tests/fixtures/attention-cases.json)", () => {
  const { cases } = JSON.parse(readFileSync(new URL("../fixtures/attention-cases.json", import.meta.url), "utf-8"));
  for (const item of cases) {
    test(item.name, () => {
      assert.deepEqual(attentionOrder(item.subjects).map((concern) => concern.name), item.order);
    });
  }
  test("a later result without criticality keeps the earlier one, as the report does", () => {
    const [earlier, later] = FILES.filter((file) => file.name.startsWith("vendor-a-")).map((file) => JSON.parse(file.text));
    delete later.criticality;
    const { portfolio } = portfolioOf([{ name: "a.json", text: JSON.stringify({ ...earlier, criticality: "high" }) },
      { name: "b.json", text: JSON.stringify(later) }]);
    assert.equal(portfolio.subjects[0].criticality, "high");
    assert.equal(portfolio.subjects[0].nextReview, "2026-09-01");
    assert.equal(needsAttention(portfolio)[0].criticality, "high");
  });
  test("the fixture portfolio: the critical vendor first, with its top gaps and their severities", () => {
    const { portfolio } = portfolioOf(FILES);
    const order = needsAttention(portfolio);
    assert.deepEqual(order.map((concern) => concern.name), ["Vendor B", "Vendor A"]);
    assert.deepEqual(order[0].gaps.map((entry) => entry.id), EXPECTED.subjects["Vendor B"].flagged.slice(0, TOP_GAPS));
    assert.ok(order[0].gaps.every((entry) => DATA.severities.includes(entry.severity)));
    assert.equal(portfolio.subjects.find((subject) => subject.name === "Vendor B").applicable,
      Object.keys(DATA.mistakes).length);
  });
});
