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
