import assert from "node:assert/strict";
import { test } from "node:test";

import { SituationStore } from "../../playbook_builder/assets/situation/store.js";
import { FakeStorage } from "./fixtures.mjs";

const FACTS = { size: { small: "Small", large: "Large" }, sector: { regulated: "Regulated", other: "Other" } };

test("answers are stored under the site's key and read back cleaned", () => {
  const storage = new FakeStorage();
  const store = new SituationStore(storage, "/site-a/");
  assert.deepEqual(store.read(FACTS, {}), {});
  assert.equal(store.write({ size: "small", sector: "other" }), true);
  assert.deepEqual(JSON.parse(storage.getItem("playbook-situation:/site-a/")).answers, { size: "small", sector: "other" });
  assert.deepEqual(new SituationStore(storage, "/site-a/").read(FACTS, { sector: "regulated" }), { size: "small" });
  store.write({});
  assert.equal(storage.getItem("playbook-situation:/site-a/"), null, "no answers, nothing stored");
});

test("a stored value from another copy of the page is read when nothing was written in this one", () => {
  const storage = new FakeStorage({ "playbook-situation:/site-b/": JSON.stringify({ format: "playbook-situation",
    answers: { size: "large", colour: "blue" } }) });
  assert.deepEqual(new SituationStore(storage, "/site-b/").read(FACTS, {}), { size: "large" });
});

test("without storage, or when it refuses, the answers live on in memory", () => {
  const blocked = new SituationStore(null, "/site-c/");
  assert.equal(blocked.write({ size: "small" }), false);
  assert.deepEqual(new SituationStore(null, "/site-c/").read(FACTS, {}), { size: "small" });
  const refusing = new SituationStore(new FakeStorage({}, true), "/site-d/");
  assert.deepEqual(refusing.read(FACTS, {}), {});
  assert.equal(refusing.write({ sector: "other" }), false);
  assert.deepEqual(new SituationStore(new FakeStorage({}, true), "/site-d/").read(FACTS, {}), { sector: "other" });
});
