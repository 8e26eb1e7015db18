import assert from "node:assert/strict";
import { test } from "node:test";

import { fold, markedWords, restoreTerms } from "../../playbook_builder/assets/search/fold.js";

test("fold drops accents, whether the text is composed or decomposed", () => {
  assert.equal(fold("réversibilité"), "reversibilite");
  assert.equal(fold("re\u0301versibilite\u0301"), "reversibilite");
  assert.equal(fold("RÉVERSIBILITÉ Légifrance Süzen çà où"), "REVERSIBILITE Legifrance Suzen ca ou");
  assert.equal(fold("reversibilite"), "reversibilite");
});

test("fold writes the ligatures out", () => {
  assert.equal(fold("œuvre Œuvre ex æquo Æ"), "oeuvre OEuvre ex aequo AE");
});

test("fold leaves what is not an accent alone", () => {
  assert.equal(fold("café-crème 12 € « guillemets »"), "cafe-creme 12 € « guillemets »");
  assert.equal(fold(""), "");
});

test("markedWords finds the highlighted words of a result's fields", () => {
  const item = { title: "Plan de <mark>réversibilité</mark>", text: "<mark>Réversibilité</mark> et <b>x</b>",
    tags: ["<mark>sortie</mark>"] };
  assert.deepEqual(markedWords(item), ["réversibilité", "Réversibilité", "sortie"]);
  assert.deepEqual(markedWords({ title: "t" }), []);
});

test("restoreTerms names a matched term as the page writes it, as long as the reader typed it", () => {
  assert.deepEqual(restoreTerms({ reversibilite: true }, ["Réversibilité"], "reversibilite"),
    { "réversibilité": true });
  assert.deepEqual(restoreTerms({ revers: true }, ["réversibilité"], "revers"), { "révers": true });
  assert.deepEqual(restoreTerms({ oeuvre: true }, ["œuvres"], "oeuvre"), { "œuvre": true });
});

test("restoreTerms names an unmatched term as the reader typed it", () => {
  assert.deepEqual(restoreTerms({ reversibilite: true, tiers: false }, ["réversibilité"], "Réversibilité tiers"),
    { "réversibilité": true, tiers: false });
  assert.deepEqual(restoreTerms({ equipe: false }, [], "équipe"), { "équipe": false });
  assert.deepEqual(restoreTerms({ plan: false }, [], ""), { plan: false });
});

test("restoreTerms keeps decomposed accents whole", () => {
  assert.deepEqual(restoreTerms({ re: true }, ["re\u0301sume\u0301"], "re"), { "re\u0301": true });
});
