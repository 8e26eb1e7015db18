import assert from "node:assert/strict";
import { test } from "node:test";

import { actionPlanCsv } from "../../playbook_builder/assets/assessment/csv.js";
import { droppedText, migrationText, parseResult } from "../../playbook_builder/assets/assessment/result.js";
import { recommend } from "../../playbook_builder/assets/assessment/scoring.js";
import {
  dayText, fillIn, problemText, readStrings, severityValue, translator, valueText,
} from "../../playbook_builder/assets/assessment/strings.js";
import { noteText, summaryText } from "../../playbook_builder/assets/situation/rules.js";
import { DATA } from "./fixtures.mjs";

const FRENCH = translator({
  "%(count)s answer": { one: "%(count)s réponse", other: "%(count)s réponses" },
  "it is not a JSON file": "ce n'est pas un fichier JSON",
  "Your situation: %(situation)s.": "Votre situation : %(situation)s.",
  "%(count)s of %(total)s mistakes is hidden as not applying to your situation.": {
    one: "%(count)s erreur sur %(total)s est masquée : elle ne concerne pas votre situation.",
    other: "%(count)s erreurs sur %(total)s sont masquées : elles ne concernent pas votre situation.",
  },
  Mistake: "Erreur",
  critical: "critique",
  high: "élevée",
}, "fr");

test("placeholders take their values; %% is a percent sign; a value left out stays visible", () => {
  assert.equal(fillIn("%(a)s and %(b)s", { a: "x", b: "y" }), "x and y");
  assert.equal(fillIn("%(n)s %% done", { n: 5 }), "5 % done");
  assert.equal(fillIn("%(a)s and %(b)s", { a: "x" }), "x and %(b)s");
  assert.equal(fillIn("%(a)s", { a: "%(b)s" }, "en"), "%(b)s"); // a value is not filled in again
});

test("numbers are written the language's way", () => {
  assert.equal(valueText(1234, "en"), "1,234");
  assert.equal(valueText(1234, "fr"), "1\u202f234");
  assert.equal(valueText("1.2.0", "fr"), "1.2.0");
  assert.equal(fillIn("%(n)s", { n: 4.5 }, "fr"), "4,5");
});

test("a count chooses its form by the language's rules: French puts 0 with 1", () => {
  const english = translator();
  assert.equal(english.n("%(count)s answer", "%(count)s answers", 0), "0 answers");
  assert.equal(english.n("%(count)s answer", "%(count)s answers", 1), "1 answer");
  assert.equal(FRENCH.n("%(count)s answer", "%(count)s answers", 0), "0 réponse");
  assert.equal(FRENCH.n("%(count)s answer", "%(count)s answers", 2), "2 réponses");
  assert.equal(FRENCH.n("%(count)s answer", "%(count)s answers", 1000000), "1\u202f000\u202f000 réponses"); // "many"
});

test("a text the words lack, or give in the wrong shape, stays in English", () => {
  const t = translator({ Reset: ["not", "text"], "%(count)s file": "not forms" }, "fr");
  assert.equal(t("Reset"), "Reset");
  assert.equal(t.n("%(count)s file", "%(count)s files", 3), "3 files");
  assert.equal(FRENCH("Print"), "Print");
});

test("days: ISO in English, the language's own format otherwise", () => {
  assert.equal(dayText("2026-03-09", "en"), "2026-03-09");
  assert.equal(dayText("2026-03-09", "en-GB"), "2026-03-09");
  assert.equal(dayText("2026-03-09", "fr"), "9 mars 2026");
  assert.equal(FRENCH.day("2026-03-09"), "9 mars 2026");
});

test("a page's words come from its root's data-strings, in <html lang>", (t) => {
  globalThis.document = { documentElement: { lang: "fr" } };
  t.after(() => delete globalThis.document);
  const root = (value) => ({ getAttribute: () => value });
  assert.equal(readStrings(root('{"Reset":"Réinitialiser"}'))("Reset"), "Réinitialiser");
  assert.equal(readStrings(root(null))("Reset"), "Reset");
  assert.equal(readStrings(root(null)).lang, "fr");
  const errors = [];
  t.mock.method(console, "error", (message) => errors.push(message));
  assert.equal(readStrings(root("{not json"))("Reset"), "Reset");
  assert.equal(errors.length, 1);
});

test("a refused file says why in the page's words; its message stays English", () => {
  let error;
  try {
    parseResult("not json");
  } catch (caught) {
    error = caught;
  }
  assert.equal(error.message, "it is not a JSON file");
  assert.equal(problemText(FRENCH, error), "ce n'est pas un fichier JSON");
  assert.equal(problemText(FRENCH, new Error("something else")), "something else");
});

test("the pure modules' sentences and downloads follow the words they are given", () => {
  assert.equal(severityValue(FRENCH, "critical"), "critique");
  assert.equal(severityValue(FRENCH, "unknown"), "unknown");
  assert.equal(summaryText({ size: "small" }, { size: { small: "A small business" } }, FRENCH),
    "Votre situation : a small business.");
  assert.equal(noteText(1, 3, false, FRENCH), "1 erreur sur 3 est masquée : elle ne concerne pas votre situation.");
  assert.equal(noteText(2, 3, false, FRENCH), "2 erreurs sur 3 sont masquées : elles ne concernent pas votre situation.");
  assert.match(migrationText("0.2.0", "0.3.0", { kept: 1, dropped: 0 }, FRENCH), /Kept 1 réponse;/);
  assert.equal(droppedText({ dropped: 1 }, "0.3.0"), " 1 answer to a question that is not in version 0.3.0 was left out.");
  const csv = actionPlanCsv(DATA, recommend(DATA, { "ALP-Q1": 1 }), FRENCH);
  assert.match(csv, /^\ufeffErreur,Severity,Phase,/);
  assert.match(csv.split("\r\n")[1], /^ALP-01 Choosing the cheapest bid,élevée,/);
});
