import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { allAction, fragmentHere, mentions, searchWords, startsOpen } from "../../playbook_builder/assets/fold/links.js";

const HERE = "https://example.org/playbook/checklists/exit/";

describe("fragmentHere", () => {
  test("a fragment of this page, however the link writes the page", () => {
    assert.equal(fragmentHere("#ext-03", HERE), "ext-03");
    assert.equal(fragmentHere("./#ext-03-m2", HERE), "ext-03-m2");
    assert.equal(fragmentHere("index.html#ext-01", HERE), "ext-01");
    assert.equal(fragmentHere("#ext-02", "https://example.org/playbook/checklists/exit/index.html"), "ext-02");
    assert.equal(fragmentHere("?h=exit#ext-04", HERE), "ext-04");
  });

  test("nothing for another page, another site or no fragment", () => {
    assert.equal(fragmentHere("../strategy/#str-01", HERE), "");
    assert.equal(fragmentHere("https://example.com/playbook/checklists/exit/#ext-01", HERE), "");
    assert.equal(fragmentHere("./", HERE), "");
    assert.equal(fragmentHere("#", HERE), "");
  });

  test("an escaped fragment is decoded, a broken escape kept as written", () => {
    assert.equal(fragmentHere("#caf%C3%A9", HERE), "café");
    assert.equal(fragmentHere("#100%", HERE), "100%");
  });
});

describe("searchWords and mentions", () => {
  test("the h= words of Material's search, lower case, without one-letter words", () => {
    assert.deepEqual(searchWords("?h=Exit+plan+a"), ["exit", "plan"]);
    assert.deepEqual(searchWords("?q=exit"), []);
    assert.deepEqual(searchWords(""), []);
  });

  test("a text mentions a word as a prefix search finds it", () => {
    assert.equal(mentions("Ask for two samples of work", ["sample"]), true);
    assert.equal(mentions("Ask for two samples of work", ["exit", "plan"]), false);
    assert.equal(mentions("anything", []), false);
  });
});

describe("startsOpen", () => {
  test("a wide screen opens every mistake", () => {
    assert.equal(startsOpen({ narrow: false, target: false, holdsTarget: false, mentioned: false }), true);
  });

  test("a narrow screen opens the mistake the address points into, and only that one", () => {
    assert.equal(startsOpen({ narrow: true, target: true, holdsTarget: true, mentioned: false }), true);
    assert.equal(startsOpen({ narrow: true, target: true, holdsTarget: false, mentioned: true }), false);
  });

  test("without a fragment, a narrow screen opens the mistakes that hold the searched words", () => {
    assert.equal(startsOpen({ narrow: true, target: false, holdsTarget: false, mentioned: true }), true);
    assert.equal(startsOpen({ narrow: true, target: false, holdsTarget: false, mentioned: false }), false);
  });
});

describe("allAction", () => {
  test("opens them all while any is folded, folds them all once all are open", () => {
    assert.equal(allAction([true, false]), "open");
    assert.equal(allAction([true, true]), "fold");
    assert.equal(allAction([]), "fold");
  });
});
