/* Several subjects in one browser: the list that switches between them and "New subject". The current subject's
 * answers stay where the page keeps them (storage.js); the others wait on the shelf (subjects.js). */

import { el } from "./dom.js";
import { parseResult, serializeResult } from "./result.js";
import { Shelf, shelve, shelvedSubjects, unshelve } from "./subjects.js";
import { closeNotes } from "./view.js";

/* The shelf in memory, for a browser that refuses storage: it lasts as long as the window. */
const shelfMemory = new Map();

function shelfOf(assessment) {
  return new Shelf(assessment.store.storage, location.pathname, shelfMemory);
}

function hasContent(state) {
  return Object.keys(state.answers).length > 0 || Object.keys(state.notes).length > 0 || !!state.name;
}

function nameOf(assessment) {
  return assessment.state.name || assessment.t("Your answers");
}

/* The current subject, shelved if it holds anything, on `shelf` (a shelf's content). */
function shelveCurrent(assessment, shelf) {
  if (!hasContent(assessment.state)) return shelf;
  const result = serializeResult(assessment.data, assessment.state, new Date().toISOString(), assessment.situation,
    assessment.t("Not applicable"));
  return shelve(shelf, result, assessment.t("Your answers"));
}

/* The list: the current subject first, then the shelved ones by name. */
export function showSubjects(assessment) {
  const select = assessment.ui.subject;
  if (!select) return;
  const t = assessment.t;
  const others = shelvedSubjects(shelfOf(assessment).read(), t("Unnamed subject"));
  select.replaceChildren(el("option", { value: "" }, nameOf(assessment)),
    ...others.map(({ id, name }) => el("option", { value: id }, name)));
  select.value = "";
}

/* Show the new state as a whole, with the list and a message; the note boxes of the last subject close. */
function showSubject(assessment, text) {
  closeNotes(assessment.ui);
  assessment.showAll();
  showSubjects(assessment);
  assessment.say("subject", "info", text);
}

export function switchSubject(assessment, id) {
  const shelf = shelfOf(assessment);
  const { result, shelf: rest } = unshelve(shelf.read(), id);
  if (!result) return;
  const t = assessment.t;
  let adopted;
  try {
    adopted = assessment.adopt(parseResult(JSON.stringify(result)));
  } catch (error) {
    shelf.write(rest);  // damaged beyond use: it would fail again
    showSubjects(assessment);
    return;
  }
  const before = nameOf(assessment);
  shelf.write(shelveCurrent(assessment, rest));
  assessment.replace(adopted);
  assessment.takeSituation(adopted.situation);
  showSubject(assessment, t("Now showing “%(name)s”. The answers for “%(other)s” are kept in this browser.",
    { name: adopted.name || t("Unnamed subject"), other: before }));
}

/* A blank subject, in the same mode; the last one is kept on the shelf. */
export function newSubject(assessment) {
  const t = assessment.t;
  const before = nameOf(assessment);
  const kept = hasContent(assessment.state);
  if (kept) {
    const shelf = shelfOf(assessment);
    shelf.write(shelveCurrent(assessment, shelf.read()));
    assessment.replace({ ...assessment.blank(), quick: assessment.state.quick });
  }
  showSubject(assessment, kept
    ? t("New subject: give it a name below. The answers for “%(other)s” are kept in this browser.", { other: before })
    : t("New subject: give it a name below."));
  assessment.ui.name.focus();
}
