import assert from "node:assert/strict";
import { describe, test } from "node:test";

import {
  applies, cleanAnswers, countHidden, hiddenMistakes, inSentence, noteText, summaryText, withFixed,
} from "../../playbook_builder/assets/situation/rules.js";
import {
  SITUATION_FORMAT, decodeSituation, encodeSituation, parseSituation, serialiseSituation, situationKey,
} from "../../playbook_builder/assets/situation/saved.js";

/* data-facts as the build writes it: fact id -> option id -> label, in the panel's order. */
const FACTS = {
  size: { small: "A small business with no procurement or legal team", medium: "A medium business", large: "A larger organisation" },
  sector: { regulated: "Financial services or another regulated sector", other: "Another sector" },
  "vendor-location": { "same-country": "In your country", offshore: "In another country, or several" },
  "vendor-kind": { freelancer: "A freelancer or a marketplace platform", "large-provider": "SaaS from a large provider" },
};

/* data-applies: every restricted mistake. */
const APPLIES = {
  "SEL-04": { sector: ["regulated"] },
  "ALP-02": { size: ["medium", "large"] },
  "CON-07": { sector: ["regulated"], "vendor-location": ["offshore"] },
};

describe("applies: a restriction holds when every answered fact it names is one of its options", () => {
  const cases = [
    ["no restriction", {}, { size: "small" }, true],
    ["nothing answered", { size: ["large"] }, {}, true],
    ["answered inside", { size: ["medium", "large"] }, { size: "large" }, true],
    ["answered outside", { size: ["medium", "large"] }, { size: "small" }, false],
    ["another fact answered", { size: ["large"] }, { sector: "other" }, true],
    ["two facts, both inside", { sector: ["regulated"], "vendor-location": ["offshore"] },
      { sector: "regulated", "vendor-location": "offshore" }, true],
    ["two facts, one outside", { sector: ["regulated"], "vendor-location": ["offshore"] },
      { sector: "regulated", "vendor-location": "same-country" }, false],
    ["two facts, one unanswered", { sector: ["regulated"], "vendor-location": ["offshore"] }, { sector: "regulated" }, true],
    ["not an object", null, { size: "small" }, true],
  ];
  for (const [name, rule, answers, expected] of cases) test(name, () => assert.equal(applies(rule, answers), expected));
});

test("an answer named like an Object property is just an answer", () => {
  assert.equal(applies({ toString: ["x"] }, {}), true);
  assert.equal(applies({ size: ["large"] }, Object.create({ size: "small" })), true);
});

test("the hidden set: restricted mistakes that do not apply", () => {
  assert.deepEqual(hiddenMistakes(APPLIES, {}), new Set());
  assert.deepEqual(hiddenMistakes(APPLIES, { size: "small" }), new Set(["ALP-02"]));
  assert.deepEqual(hiddenMistakes(APPLIES, { size: "small", sector: "other" }), new Set(["SEL-04", "ALP-02", "CON-07"]));
  assert.deepEqual(hiddenMistakes(APPLIES, { sector: "regulated", "vendor-location": "same-country" }), new Set(["CON-07"]));
  assert.deepEqual(hiddenMistakes(null, { size: "small" }), new Set());
  assert.equal(countHidden(["SEL-01", "SEL-04", "ALP-02"], hiddenMistakes(APPLIES, { sector: "other" })), 1);
});

test("answers the content no longer knows, or that the edition fixes, are dropped silently", () => {
  const answers = { size: "small", sector: "gone", colour: "blue", "vendor-kind": "freelancer", "vendor-location": 3 };
  assert.deepEqual(cleanAnswers(answers, FACTS), { size: "small", "vendor-kind": "freelancer" });
  assert.deepEqual(cleanAnswers(answers, FACTS, { size: "large" }), { "vendor-kind": "freelancer" });
  assert.deepEqual(cleanAnswers({ size: "toString" }, FACTS), {});
  assert.deepEqual(cleanAnswers(null, FACTS), {});
  assert.deepEqual(cleanAnswers(["small"], FACTS), {});
});

test("fixed answers join the reader's and win", () => {
  assert.deepEqual(withFixed({ size: "small", sector: "other" }, { sector: "regulated" }), { size: "small", sector: "regulated" });
  assert.deepEqual(withFixed({ size: "small" }, null), { size: "small" });
});

test("the summary names the situation in the facts' order", () => {
  assert.equal(summaryText({}, FACTS), "");
  assert.equal(summaryText({ "vendor-kind": "freelancer", size: "small" }, FACTS),
    "Your situation: a small business with no procurement or legal team · a freelancer or a marketplace platform.");
  assert.equal(summaryText({ "vendor-kind": "large-provider" }, FACTS), "Your situation: SaaS from a large provider.");
  assert.equal(summaryText({ size: "gone", colour: "blue" }, FACTS), "");
  assert.equal(inSentence("EU only"), "EU only");
  assert.equal(inSentence("In your country"), "in your country");
});

test("the note says how many mistakes are hidden, and that they are shown when revealed", () => {
  assert.equal(noteText(12, 95, false), "12 of 95 mistakes are hidden as not applying to your situation.");
  assert.equal(noteText(1, 95, false), "1 of 95 mistakes is hidden as not applying to your situation.");
  assert.equal(noteText(1, 1, false), "1 of 1 mistake is hidden as not applying to your situation.");
  assert.equal(noteText(12, 95, true), "12 of 95 mistakes do not apply to your situation; they are shown all the same.");
  assert.equal(noteText(1, 3, true), "1 of 3 mistakes does not apply to your situation; it is shown all the same.");
});

test("the storage key is the site root's path, without index.html", () => {
  assert.equal(situationKey("/playbook/"), "playbook-situation:/playbook/");
  assert.equal(situationKey("/playbook/index.html"), "playbook-situation:/playbook/");
});

test("the stored value reads back, cleaned; anything else reads as no answers", () => {
  const text = serialiseSituation({ size: "small", sector: "other" });
  assert.deepEqual(JSON.parse(text), { format: SITUATION_FORMAT, answers: { size: "small", sector: "other" } });
  assert.deepEqual(parseSituation(text, FACTS), { size: "small", sector: "other" });
  assert.deepEqual(parseSituation(text, FACTS, { sector: "regulated" }), { size: "small" });
  for (const bad of [null, "", "not json", "[]", "null", JSON.stringify({ answers: { size: "small" } }),
    JSON.stringify({ format: SITUATION_FORMAT, answers: "small" })]) {
    assert.deepEqual(parseSituation(bad, FACTS), {}, String(bad));
  }
});

test("a share link's part: the answers in the facts' order, and back", () => {
  const answers = { "vendor-kind": "freelancer", size: "small" };
  assert.equal(encodeSituation(answers, FACTS), "size=small,vendor-kind=freelancer");
  assert.equal(encodeSituation({}, FACTS), "");
  assert.equal(encodeSituation({ size: "Small!", "a,b": "c", sector: "other" }, FACTS), "sector=other");
  assert.deepEqual(decodeSituation("size=small,vendor-kind=freelancer"), { size: "small", "vendor-kind": "freelancer" });
  assert.deepEqual(decodeSituation(encodeSituation(answers)), answers);
  for (const bad of ["", "size", "size=", "=small", "size=small,", "size=Small", "size=small;x=y", "size==small", null]) {
    assert.equal(decodeSituation(bad), null, String(bad));
  }
});

describe("a link that arrives with a situation", async () => {
  const { addressWithoutSituation, arrivalSituation } = await import("../../playbook_builder/assets/ranking/arrival.js");
  test("carries its answers in ?situation=", () => {
    assert.deepEqual(arrivalSituation("?situation=size=small,vendor-kind=freelancer"),
      { size: "small", "vendor-kind": "freelancer" });
  });
  test("an address without one, or with something else, carries none", () => {
    assert.equal(arrivalSituation(""), null);
    assert.equal(arrivalSituation("?q=contract"), null);
    assert.equal(arrivalSituation("?situation=%3Cscript%3E"), null);
    assert.equal(arrivalSituation(undefined), null);
  });
  test("the address loses the situation and keeps the rest", () => {
    assert.equal(addressWithoutSituation("https://x.org/pb/start-here/?situation=size=small"), "/pb/start-here/");
    assert.equal(addressWithoutSituation("https://x.org/start-here/?a=1&situation=size=small#top"), "/start-here/?a=1#top");
  });
});
