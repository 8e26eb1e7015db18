import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { lawOrder } from "../../playbook_builder/assets/terms/law.js";

describe("lawOrder", () => {
  const keys = ["uk", "fr", "eu", "us"];

  test("without a jurisdiction, the content's order and everything folded", () => {
    assert.deepEqual(lawOrder(keys, undefined), { order: keys, open: [] });
  });

  test("the reader's own law first and open, the others in the content's order", () => {
    assert.deepEqual(lawOrder(keys, "us"), { order: ["us", "uk", "fr", "eu"], open: ["us"] });
  });

  test("a French reader gets the French note, then the EU one, both open", () => {
    assert.deepEqual(lawOrder(keys, "fr"), { order: ["fr", "eu", "uk", "us"], open: ["fr", "eu"] });
    assert.deepEqual(lawOrder(["eu", "uk"], "fr"), { order: ["eu", "uk"], open: ["eu"] });
  });

  test("no note for the reader's law: the order stays and nothing opens", () => {
    assert.deepEqual(lawOrder(["fr", "uk"], "other"), { order: ["fr", "uk"], open: [] });
    assert.deepEqual(lawOrder(["fr", "uk"], "eu"), { order: ["fr", "uk"], open: [] });
  });
});

describe("lawLine", async () => {
  const { lawLine } = await import("../../playbook_builder/assets/assessment/view.js");
  const words = {
    names: { uk: "United Kingdom", fr: "France", eu: "European Union", us: "United States" },
    own: "Your law (%(jurisdictions)s) treats this differently: the checklist page says how.",
    any: "Where the law differs (%(jurisdictions)s), the checklist page says how.",
  };
  const law = ["uk", "eu", "us"];

  test("the reader's own law differs", () => {
    assert.equal(lawLine(words, law, "uk"),
      "Your law (United Kingdom) treats this differently: the checklist page says how.");
  });

  test("a French reader without a French note is told of the EU's", () => {
    assert.equal(lawLine(words, law, "fr"), "Your law (European Union) treats this differently: the checklist page says how.");
    assert.equal(lawLine(words, ["fr", "eu"], "fr"), "Your law (France) treats this differently: the checklist page says how.");
  });

  test("no note for the reader: which jurisdictions have one", () => {
    const any = "Where the law differs (United Kingdom, European Union, United States), the checklist page says how.";
    assert.equal(lawLine(words, law, undefined), any);
    assert.equal(lawLine(words, law, "other"), any);
  });

  test("no notes or no words, no line", () => {
    assert.equal(lawLine(words, undefined, "uk"), null);
    assert.equal(lawLine(undefined, law, "uk"), null);
  });
});
