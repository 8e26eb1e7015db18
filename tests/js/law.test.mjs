import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { lawOrder } from "../../playbook_builder/assets/situation/law.js";

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
  const t = (text, values = {}) => text.replace(/%\((\w+)\)s/g, (_, name) => values[name]);
  const law = { uk: "TUPE applies.", eu: "The directive applies.", us: "No transfer law." };

  test("the reader's own note", () => {
    assert.equal(lawLine(t, law, "uk"), "Your law (United Kingdom): TUPE applies.");
  });

  test("a French reader without a French note gets the EU one", () => {
    assert.equal(lawLine(t, law, "fr"), "Your law (European Union): The directive applies.");
  });

  test("no note for the reader: which jurisdictions have one", () => {
    assert.equal(lawLine(t, law, undefined),
      "Where the law differs (United Kingdom, European Union, United States), the checklist page says how.");
    assert.equal(lawLine(t, law, "other"),
      "Where the law differs (United Kingdom, European Union, United States), the checklist page says how.");
  });

  test("no notes, no line", () => {
    assert.equal(lawLine(t, undefined, "uk"), null);
  });
});
