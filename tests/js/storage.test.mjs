import assert from "node:assert/strict";
import { test } from "node:test";

import { AnswerStore, isQuota } from "../../playbook_builder/assets/assessment/storage.js";
import { FORMAT } from "../../playbook_builder/assets/assessment/result.js";

/* Enough of the Storage interface for the store, over a Map; `refuse` makes setItem throw. */
class FakeStorage {
  constructor(items = {}, refuse = null) {
    this.items = new Map(Object.entries(items));
    this.refuse = refuse;
  }
  get length() {
    return this.items.size;
  }
  key(index) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key) {
    return this.items.has(key) ? this.items.get(key) : null;
  }
  setItem(key, value) {
    if (this.refuse) throw this.refuse;
    this.items.set(key, String(value));
  }
  removeItem(key) {
    this.items.delete(key);
  }
}

function saved(version, time, answers) {
  return JSON.stringify({ format: FORMAT, version, saved: time, answers });
}

test("the key is the page's path and the content version; index.html does not count", () => {
  const store = new AnswerStore(null, "/site/assessment/index.html", "0.3.0");
  assert.equal(store.key, "playbook-assessment:/site/assessment/@0.3.0");
});

test("what is written is remembered and stored", () => {
  const storage = new FakeStorage();
  const store = new AnswerStore(storage, "/written/", "0.3.0");
  const state = { answers: { "ALP-Q1": 2 }, notes: {}, name: "" };
  assert.equal(store.write(state, { format: FORMAT, version: "0.3.0", answers: { "ALP-Q1": { level: 2 } } }), "");
  assert.deepEqual(store.remembered(), state);
  assert.deepEqual(store.read(store.key).entries, { "ALP-Q1": { level: 2 } });
  store.clear();
  assert.equal(store.remembered(), null);
  assert.equal(storage.getItem(store.key), null);
});

test("why a write was not stored", () => {
  const state = { answers: {}, notes: {}, name: "" };
  const full = Object.assign(new Error("full"), { name: "QuotaExceededError" });
  assert.equal(new AnswerStore(null, "/none/", "1.0.0").write(state, {}), "blocked");
  assert.equal(new AnswerStore(new FakeStorage({}, full), "/full/", "1.0.0").write(state, {}), "full");
  assert.equal(new AnswerStore(new FakeStorage({}, new Error("no")), "/refused/", "1.0.0").write(state, {}), "refused");
  // the answers live on in memory all the same
  assert.deepEqual(new AnswerStore(null, "/none/", "1.0.0").remembered(), state);
  assert.equal(isQuota({ code: 22 }), true);
  assert.equal(isQuota(new Error("no")), false);
});

test("the newest readable result of another version of the same page is the one to migrate", () => {
  const storage = new FakeStorage({
    "playbook-assessment:/old/@0.1.0": saved("0.1.0", "2026-01-01T00:00:00Z", { "ALP-Q1": { level: 1 } }),
    "playbook-assessment:/old/@0.2.0": saved("0.2.0", "2026-03-01T00:00:00Z", { "ALP-Q1": { level: 2 } }),
    "playbook-assessment:/old/@0.2.5": "not json",
    "playbook-assessment:/elsewhere/@0.2.0": saved("0.2.0", "2027-01-01T00:00:00Z", {}),
    "playbook-assessment:/old/@0.3.0": saved("0.3.0", "2028-01-01T00:00:00Z", {}),
  });
  const store = new AnswerStore(storage, "/old/", "0.3.0");
  const older = store.older();
  assert.equal(older.key, "playbook-assessment:/old/@0.2.0");
  assert.deepEqual(older.result.entries, { "ALP-Q1": { level: 2 } });
  store.remove(older.key);
  assert.equal(store.older().key, "playbook-assessment:/old/@0.1.0");
  assert.equal(new AnswerStore(null, "/old/", "0.3.0").older(), null);
});

test("the comparison is kept per page and version", () => {
  const store = new AnswerStore(null, "/compared/", "0.3.0");
  store.comparison = { name: "Vendor", answers: { "ALP-Q1": 4 } };
  assert.equal(new AnswerStore(null, "/compared/", "0.3.0").comparison.name, "Vendor");
  assert.equal(new AnswerStore(null, "/compared/", "0.4.0").comparison, null);
  store.comparison = null;
  assert.equal(new AnswerStore(null, "/compared/", "0.3.0").comparison, null);
});
