/* The fixture playbook's assessment data and the golden scoring cases, shared with the Python tests. */

import { readFileSync } from "node:fs";

function fixture(name) {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf-8"));
}

export const DATA = fixture("assessment-data.json");
export const CASES = fixture("scoring-cases.json").cases;

/* The fixture's one restriction (alpha.yml: ALP-02 applies_when size: [large]), as the build puts it in the data's
 * `applies`; situation.test checks the data file agrees once the build writes it. */
export const RESTRICTED = { "ALP-02": { size: ["large"] } };
export const SCOPED = { ...DATA, applies: RESTRICTED, fixed: {} };

/* A case's answers as the page keeps them: "na" (the radio's value) is level 0. */
export function levels(answers) {
  return Object.fromEntries(Object.entries(answers).map(([id, level]) => [id, level === "na" ? 0 : level]));
}

/* Enough of the Storage interface for the stores (the situation's, the assessment's subjects), over a Map;
 * `refuse` makes every call throw. */
export class FakeStorage {
  constructor(items = {}, refuse = false) {
    this.items = new Map(Object.entries(items));
    this.refuse = refuse;
  }
  getItem(key) {
    if (this.refuse) throw new Error("refused");
    return this.items.has(key) ? this.items.get(key) : null;
  }
  setItem(key, value) {
    if (this.refuse) throw new Error("refused");
    this.items.set(key, String(value));
  }
  removeItem(key) {
    this.items.delete(key);
  }
}
