/* A contract review as data: a mark per clause (present, weak, missing or not applicable, with a note), the gaps
 * the marks leave for the reader's situation, and the file that keeps them. Pure: data in, data out, no DOM.
 *
 * `data` is the page's data-review: {version, provisions: {id: {applies, required: [framework ids]}},
 * frameworks: {id: {title, applies}}}; `applies(rule, answers)` is the situation's rule (situation/rules.js). */

import { csvCell } from "../assessment/csv.js";
import { slug } from "../assessment/result.js";
import { ENGLISH_WORDS, problem } from "../assessment/strings.js";
import { applies } from "../situation/rules.js";

export const REVIEW_FORMAT = "playbook-contract-review";
export const MARKS = ["present", "weak", "missing", "na"];
/* A review file larger than this is refused before it is read: no real review comes near it. */
export const MAX_REVIEW_BYTES = 1000000;
const MAX_NAME = 200;
const MAX_NOTE = 2000;

function isObject(value) {
  return !!value && typeof value === "object" && !Array.isArray(value);
}

export function emptyReview(version) {
  return { format: REVIEW_FORMAT, version: String(version || ""), name: "", marks: {} };
}

/* A review read from a file or from storage; throws problem() saying why it is refused. Marks for clauses this
 * playbook does not have are dropped and counted. */
export function parseReview(text, data) {
  if (typeof text !== "string" || text.length > MAX_REVIEW_BYTES) {
    throw problem("it is too large to be a contract review");
  }
  let found;
  try {
    found = JSON.parse(text);
  } catch (error) {
    throw problem("it is not a JSON file");
  }
  if (!isObject(found) || found.format !== REVIEW_FORMAT) {
    throw problem("it is not a contract review exported from this site");
  }
  if (found.name !== undefined && (typeof found.name !== "string" || found.name.length > MAX_NAME)) {
    throw problem("its name is not text");
  }
  if (!isObject(found.marks)) throw problem("it holds no marks");
  const review = emptyReview(typeof found.version === "string" ? found.version : data.version);
  review.name = found.name || "";
  let dropped = 0;
  for (const [id, mark] of Object.entries(found.marks)) {
    const status = isObject(mark) ? mark.status || "" : null;
    const note = isObject(mark) ? mark.note || "" : null;
    if ((status && !MARKS.includes(status)) || typeof note !== "string" || note.length > MAX_NOTE) {
      throw problem("its mark for “%(id)s” is not valid", { id: String(id).slice(0, 60) });
    }
    if (!Object.hasOwn(data.provisions, id)) dropped += 1;
    else if (status || note) review.marks[id] = note ? { status, note } : { status };
  }
  return { review, dropped };
}

export function serializeReview(review) {
  return JSON.stringify({ ...review, saved: new Date().toISOString() }, null, 1) + "\n";
}

/* The clauses that apply to the reader's answers, in library order. */
export function applying(data, answers) {
  return Object.keys(data.provisions).filter((id) => applies(data.provisions[id].applies, answers));
}

/* Whether a framework binds the reader: every fact its rule names is answered with one of its options (a reader
 * who has not said they are regulated is not yet bound by a regulator's framework). */
export function binds(rule, answers) {
  return Object.entries(isObject(rule) ? rule : {}).every(([fact, options]) =>
    Object.hasOwn(answers, fact) && Array.isArray(options) && options.includes(answers[fact]));
}

/* The titles of the frameworks that bind the reader and require a clause. */
export function requiredBy(data, id, answers) {
  return (data.provisions[id].required || [])
    .filter((framework) => data.frameworks[framework] && binds(data.frameworks[framework].applies, answers))
    .map((framework) => data.frameworks[framework].title);
}

/* The clauses marked missing or weak that apply to the reader: required ones first, then missing before weak,
 * then in library order. */
export function gaps(review, data, answers) {
  const order = applying(data, answers);
  const found = order
    .filter((id) => review.marks[id] && ["missing", "weak"].includes(review.marks[id].status))
    .map((id) => ({ id, status: review.marks[id].status, note: review.marks[id].note || "",
      required: requiredBy(data, id, answers) }));
  const rank = (gap) => (gap.required.length ? 0 : 2) + (gap.status === "missing" ? 0 : 1);
  return found.sort((a, b) => rank(a) - rank(b) || order.indexOf(a.id) - order.indexOf(b.id));
}

/* How far the review has got, among the clauses that apply: {marked, total, gaps}. */
export function progress(review, data, answers) {
  const ids = applying(data, answers);
  return { marked: ids.filter((id) => review.marks[id] && review.marks[id].status).length, total: ids.length,
    gaps: gaps(review, data, answers).length };
}

export function statusText(t, status) {
  const words = { present: t("Present"), weak: t("Weak"), missing: t("Missing"), na: t("Not applicable") };
  return words[status] || "";
}

/* The gaps as CSV, for a spreadsheet or a tracker; `titles` maps a clause id to its title. */
export function gapsCsv(found, titles, t = ENGLISH_WORDS) {
  const rows = [[t("Clause"), t("Status"), t("Required by"), t("Note")]];
  for (const gap of found) {
    rows.push([titles[gap.id] || gap.id, statusText(t, gap.status), gap.required.join("; "), gap.note]);
  }
  return "\ufeff" + rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/* A file name that says what was reviewed, so two reviews of one day do not collide. */
export function reviewFileName(name, day, extension = "json") {
  const subject = name && slug(name) !== "playbook" ? slug(name) : "draft";
  return `contract-review-${subject}-${day}.${extension}`;
}
