/* Results between browsers: parse an export, adopt its answers into this version, write the format. Pure. */

import { ENGLISH_WORDS, problem } from "./strings.js";

export const FORMAT = "playbook-assessment";
const QUESTION_ID = /^[A-Z]{2,5}-Q\d{1,3}$/;
const RELEASE = /^\d+\.\d+\.\d+$/;
const SCOPE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/* How critical the assessed vendor is to the reader; it sets how soon the next review is due. */
export const CRITICALITIES = ["low", "medium", "high"];
/* Who answered: the buyer (the assessment page) or the vendor (the questionnaire file). */
export const SIDES = ["buyer", "vendor"];
/* An exported result is a few kilobytes and nests three levels deep; a file larger or deeper than these is refused
 * before JSON.parse sees it (a deep one could take the parser long), saying why. */
export const LARGEST_RESULT = 1024 * 1024;
export const DEEPEST_RESULT = 10;

export function slug(text) {
  return String(text).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "playbook";
}

function isPlainObject(value) {
  return !!value && typeof value === "object" && !Array.isArray(value);
}

/* Whether a JSON text nests arrays and objects more than `limit` deep, found in one pass over its characters without
 * parsing it or recursing: brackets inside strings do not count, and a backslash in a string skips the next character. */
export function nestsDeeperThan(text, limit) {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c) index++;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      if (++depth > limit) return true;
    } else if (code === 0x5d || code === 0x7d) depth--;
  }
  return false;
}

/* What the script needs from the page's playbook data; "" when it has it, else what is missing. */
export function dataProblem(data) {
  if (!isPlainObject(data)) return "it is not an object";
  for (const field of ["checklists", "questions", "severities"]) {
    if (!Array.isArray(data[field])) return `it has no ${field} list`;
  }
  if (!isPlainObject(data.mistakes)) return "it has no mistakes";
  return "";
}

/* One answer of a result: level 0 means "not applicable"; throw when the entry is malformed. */
function parseEntry(id, entry) {
  const bad = problem("its answer to “%(id)s” is not valid", { id: id.slice(0, 40) });
  if (!QUESTION_ID.test(id) || !isPlainObject(entry)) throw bad;
  const out = {};
  if (entry.notApplicable === true) out.level = 0;
  else if (entry.level !== undefined) {
    if (!Number.isInteger(entry.level) || entry.level < 1 || entry.level > 99) throw bad;
    out.level = entry.level;
  }
  if (entry.note !== undefined) {
    if (typeof entry.note !== "string") throw bad;
    if (entry.note) out.note = entry.note.slice(0, 5000);
  }
  return out;
}

/* A result's situation (fact id -> option id), or null for older exports; throw when it is malformed. */
function parseSituationField(situation) {
  if (situation === undefined || situation === null) return null;
  const bad = problem("its situation is not valid");
  if (!isPlainObject(situation)) throw bad;
  for (const [fact, option] of Object.entries(situation)) {
    if (!SCOPE_ID.test(fact) || typeof option !== "string" || !SCOPE_ID.test(option)) throw bad;
  }
  return { ...situation };
}

/* A saved or exported result's answers by question id, whatever its version; throws an Error saying what is wrong. */
export function parseResult(text) {
  if (text.length > LARGEST_RESULT) throw problem("it is too large to be a self-assessment");
  if (nestsDeeperThan(text, DEEPEST_RESULT)) throw problem("it is nested too deeply to be a self-assessment");
  let result;
  try {
    result = JSON.parse(text);
  } catch (error) {
    throw problem("it is not a JSON file");
  }
  if (!isPlainObject(result) || result.format !== FORMAT) {
    throw problem("it is not a self-assessment exported from this site");
  }
  if (typeof result.version !== "string" || !RELEASE.test(result.version)) {
    throw problem("it does not say which version of the playbook its answers belong to");
  }
  if (!isPlainObject(result.answers)) throw problem("it holds no answers");
  if (result.name !== undefined && typeof result.name !== "string") throw problem("its name is not text");
  if (result.criticality !== undefined && !CRITICALITIES.includes(result.criticality)) {
    throw problem("its criticality is not low, medium or high");
  }
  if (result.side !== undefined && !SIDES.includes(result.side)) throw problem("its side is not buyer or vendor");
  const entries = {};
  for (const [id, entry] of Object.entries(result.answers)) entries[id] = parseEntry(id, entry);
  return {
    version: result.version,
    playbook: typeof result.playbook === "string" ? result.playbook : "",
    name: (result.name || "").slice(0, 80),
    saved: typeof result.saved === "string" ? result.saved : "",
    situation: parseSituationField(result.situation),
    criticality: result.criticality || "",
    side: result.side || "",
    quick: result.quick === true,
    entries,
  };
}

export function questionIndex(data) {
  return new Map(data.questions.map((question) => [question.id, question]));
}

/* Keep the answers this version can take, count the rest: also how older versions' answers are migrated. */
export function adoptResult(questions, result) {
  const situation = isPlainObject(result.situation) ? result.situation : null;
  const adopted = { answers: {}, notes: {}, name: result.name || "", criticality: result.criticality || "",
    side: result.side || "", saved: result.saved || "", situation, quick: result.quick === true, kept: 0, dropped: 0 };
  for (const [id, entry] of Object.entries(result.entries)) {
    const question = questions.get(id);
    if (!question || (entry.level !== undefined && entry.level > question.levels.length)) {
      adopted.dropped++;
      continue;
    }
    if (entry.level !== undefined) {
      adopted.answers[id] = entry.level;
      adopted.kept++;
    }
    if (entry.note) adopted.notes[id] = entry.note;
  }
  return adopted;
}

/* A file's adopted answers with their version, or an Error saying why it is refused. */
export function acceptResult(data, questions, text) {
  const result = parseResult(text);
  const adopted = adoptResult(questions, result);
  if (!Object.keys(result.entries).length) throw problem("it holds no answers");
  if (!adopted.kept && result.playbook && result.playbook !== data.title) {
    throw problem("it holds answers to another playbook (“%(title)s”)", { title: result.playbook.slice(0, 80) });
  }
  if (!adopted.kept) throw problem("none of its answers belong to this playbook's questions");
  adopted.version = result.version;
  return adopted;
}

/* The export format (also what is stored): the situation, when there is one, and the answers in playbook order,
 * each with its level's text. */
export function serializeResult(data, state, saved, situation = {}, notApplicable = "Not applicable") {
  const answers = {};
  for (const question of data.questions) {
    const level = state.answers[question.id];
    const note = state.notes[question.id];
    if (level === undefined && !note) continue;
    const entry = {};
    if (level === 0) Object.assign(entry, { notApplicable: true, answer: notApplicable });
    else if (level) Object.assign(entry, { level, of: question.levels.length, answer: question.levels[level - 1] });
    if (note) entry.note = note;
    answers[question.id] = entry;
  }
  const result = { format: FORMAT, playbook: data.title, version: data.version, saved };
  if (state.name) result.name = state.name;
  if (CRITICALITIES.includes(state.criticality)) result.criticality = state.criticality;
  if (SIDES.includes(data.side)) result.side = data.side;
  // A quick check, resumed as one.
  if (state.quick) result.quick = true;
  if (situation && Object.keys(situation).length) result.situation = { ...situation };
  result.answers = answers;
  return result;
}

/* "2 answers", to go in a sentence. */
export function answerCount(t, count) {
  return t.n("%(count)s answer", "%(count)s answers", count);
}

/* A sentence to follow another, "" when nothing was left out. */
export function droppedText(adopted, version, t = ENGLISH_WORDS) {
  if (!adopted.dropped) return "";
  return " " + t.n("%(count)s answer to a question that is not in version %(version)s was left out.",
    "%(count)s answers to questions that are not in version %(version)s were left out.", adopted.dropped, { version });
}

export function migrationText(fromVersion, toVersion, adopted, t = ENGLISH_WORDS) {
  const values = { from: fromVersion, to: toVersion, kept: answerCount(t, adopted.kept),
    dropped: answerCount(t, adopted.dropped) };
  return adopted.dropped
    ? t("Your answers were saved for version %(from)s of the playbook; this is version %(to)s. Kept %(kept)s and " +
      "dropped %(dropped)s to questions that are no longer in the playbook.", values)
    : t("Your answers were saved for version %(from)s of the playbook; this is version %(to)s. Kept %(kept)s; every " +
      "question still exists.", values);
}
