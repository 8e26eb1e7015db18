import assert from "node:assert/strict";
import { test } from "node:test";

import { counterpartOf } from "../../playbook_builder/assets/language/links.js";

const EN = "https://example.org/playbook/";
const FR = "https://example.org/playbook/fr/";

test("the same page in the other edition keeps its anchor, both ways", () => {
  assert.equal(counterpartOf(`${EN}checklists/exit/#ext-02`, EN, FR), `${FR}checklists/exit/#ext-02`);
  assert.equal(counterpartOf(`${FR}checklists/exit/#ext-02`, FR, EN), `${EN}checklists/exit/#ext-02`);
  assert.equal(counterpartOf(EN, EN, FR), FR);
  assert.equal(counterpartOf(FR, FR, FR), FR);
});

test("the query is kept, less the words of this edition's language", () => {
  assert.equal(counterpartOf(`${EN}assessment/?s=abc&h=exit+plan&q=exit#results`, EN, FR),
    `${FR}assessment/?s=abc#results`);
  assert.equal(counterpartOf(`${FR}checklists/exit/?h=r%C3%A9versibilit%C3%A9`, FR, EN), `${EN}checklists/exit/`);
});

test("a page outside the edition has no counterpart", () => {
  assert.equal(counterpartOf("https://example.org/elsewhere/", EN, FR), null);
  assert.equal(counterpartOf("https://other.example/playbook/", EN, FR), null);
});
