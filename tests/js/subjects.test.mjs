import assert from "node:assert/strict";
import { test } from "node:test";

import { exportFileName, nameSlug, parseShelf, Shelf, shelve, shelvedSubjects, unshelve }
  from "../../playbook_builder/assets/assessment/subjects.js";
import { FakeStorage } from "./fixtures.mjs";

test("names become file-name slugs, accents and punctuation dropped", () => {
  assert.equal(nameSlug("Acme Ltd."), "acme-ltd");
  assert.equal(nameSlug("  Société Générale — Paris "), "societe-generale-paris");
  assert.equal(nameSlug("!!!"), "");
  assert.equal(nameSlug(undefined), "");
  assert.ok(nameSlug("x".repeat(200)).length <= 60);
});

test("export names carry the subject and mark the quick check", () => {
  assert.equal(exportFileName("Acme Ltd", "2026-12-07"), "assessment-acme-ltd-2026-12-07.json");
  assert.equal(exportFileName("Acme Ltd", "2026-12-07", true), "assessment-acme-ltd-quick-check-2026-12-07.json");
  assert.equal(exportFileName("", "2026-12-07"), "assessment-2026-12-07.json");
  assert.notEqual(exportFileName("Acme", "2026-12-07"), exportFileName("Globex", "2026-12-07"));
});

const acme = { format: "playbook-assessment", name: "Acme", answers: { "ALP-Q1": { level: 2 } } };
const other = { format: "playbook-assessment", name: "Acme", answers: {} };

test("shelving keeps every subject under its own id, a second one of the same name too", () => {
  let shelf = shelve({}, acme);
  shelf = shelve(shelf, other);
  shelf = shelve(shelf, { answers: {} }, "Your answers");
  assert.deepEqual(Object.keys(shelf), ["acme", "acme-2", "your-answers"]);
  const { result, shelf: rest } = unshelve(shelf, "acme");
  assert.equal(result, acme);
  assert.deepEqual(Object.keys(rest), ["acme-2", "your-answers"]);
  assert.deepEqual(Object.keys(shelf).length, 3, "the shelf given is not changed");
  assert.equal(unshelve(rest, "nobody").result, null);
  assert.deepEqual(shelvedSubjects(rest, "Unnamed").map((entry) => entry.id), ["acme-2", "your-answers"]);
});

test("a damaged shelf reads as empty or loses only its damaged entries", () => {
  assert.deepEqual(parseShelf("{"), {});
  assert.deepEqual(parseShelf("[]"), {});
  assert.deepEqual(parseShelf(null), {});
  assert.deepEqual(Object.keys(parseShelf(JSON.stringify({ acme, "Bad Id": acme, b: 3, c: { answers: [] } }))),
    ["acme"]);
});

test("the shelf is stored per page, and kept in memory when the browser refuses storage", () => {
  const storage = new FakeStorage();
  const shelf = new Shelf(storage, "/site/assessment/index.html");
  assert.equal(shelf.key, "playbook-assessment-subjects:/site/assessment/");
  assert.ok(shelf.write(shelve({}, acme)));
  assert.deepEqual(Object.keys(new Shelf(storage, "/site/assessment/").read()), ["acme"]);
  assert.ok(shelf.write({}));
  assert.equal(storage.items.size, 0);
  const memory = new Map();
  const blocked = new Shelf(null, "/site/assessment/", memory);
  assert.equal(blocked.write(shelve({}, acme)), false);
  assert.deepEqual(Object.keys(new Shelf(null, "/site/assessment/", memory).read()), ["acme"]);
});
