/* The self-assessment: scores, recommends, saves, exports, shares and compares answers, in the browser. Loaded on
 * every page, it acts where #pb-assessment is, once per page view (through Material's `document$`). The playbook
 * comes from the data-playbook JSON of a hidden element in the root (an inline JSON script would run as code under
 * instant navigation; an element of its own keeps the large attribute out of Markdown's way at build time), the
 * words from its data-strings (strings.js); texts go in with textContent, never as HTML. */

import { ACTIONS, answersFromLink, compareFile, importFile, readFile } from "./actions.js";
import { Assessment } from "./page.js";
import { dataProblem } from "./result.js";
import { AnswerStore, openStorage } from "./storage.js";
import { readStrings } from "./strings.js";
import { lookUp, noteField } from "./view.js";
import { onEachPage } from "../situation/pages.js";

/* The assessment on the current page view, for the address's hash changes. */
let live = null;

function onChange(assessment, event) {
  const target = event.target;
  const fieldset = target.closest("[data-question]");
  if (target.type === "radio" && fieldset) {
    assessment.state.answers[fieldset.dataset.question] = target.value === "na" ? 0 : Number(target.value);
    assessment.save();
    assessment.render();
  } else if (target.dataset.field === "criticality") {
    assessment.state.criticality = target.value;
    assessment.save();
  } else if (target.dataset.action === "import") {
    readFile(assessment, target, (text, file) => importFile(assessment, text, file));
  } else if (target.dataset.action === "compare") {
    readFile(assessment, target, (text, file) => compareFile(assessment, text, file));
  }
}

/* Notes and the name are saved as they are typed; neither changes a score, so nothing is drawn again. */
function onInput(assessment, event) {
  const target = event.target;
  if (target.dataset.note) {
    if (target.value) assessment.state.notes[target.dataset.note] = target.value;
    else delete assessment.state.notes[target.dataset.note];
    assessment.save();
  } else if (target.dataset.field === "name") {
    assessment.state.name = target.value.slice(0, 80);
    assessment.save();
    assessment.rename();
  }
}

function onClick(assessment, event) {
  const summary = event.target.closest(".pb-as-note > summary");
  if (summary) {  // the note field appears as its box opens (a click, or Enter or Space on the summary)
    const question = assessment.ui.questions.find((entry) => entry.details === summary.parentElement);
    if (question) noteField(question, assessment.ui.t);
  }
  const button = event.target.closest("button[data-action]");
  const action = button && Object.hasOwn(ACTIONS, button.dataset.action) && ACTIONS[button.dataset.action];
  if (action) action.call(assessment, button);
}

/* The page's playbook data, or null after a console error saying what is wrong with it. */
function readData(holder) {
  if (!holder) {
    console.error("Self-assessment: the page has no element with a data-playbook attribute.");
    return null;
  }
  let data;
  try {
    data = JSON.parse(holder.getAttribute("data-playbook"));
  } catch (error) {
    console.error(`Self-assessment: the page's data-playbook attribute is not valid JSON (${error.message}).`);
    return null;
  }
  const problem = dataProblem(data);
  if (problem) console.error(`Self-assessment: the page's data-playbook JSON is not usable: ${problem}.`);
  return problem ? null : data;
}

/* Restore the answers first, take any shared ones, then draw everything once. */
function start() {
  const root = document.getElementById("pb-assessment");
  if (!root || root.hasAttribute("data-ready")) return;
  const holder = root.querySelector("[data-playbook]");
  const data = readData(holder);
  const ui = data && lookUp(root, data, readStrings(holder));
  if (!ui) return;
  root.setAttribute("data-ready", "");
  const store = new AnswerStore(openStorage(), location.pathname, data.version);
  const assessment = new Assessment(root, ui, data, store);
  assessment.restore();
  answersFromLink(assessment);
  assessment.showAll();
  root.addEventListener("change", (event) => onChange(assessment, event));
  root.addEventListener("input", (event) => onInput(assessment, event));
  root.addEventListener("click", (event) => onClick(assessment, event));
  live = assessment;
}

/* The reader changed the situation in the panel (assets/situation/): ask and count only what applies. */
document.addEventListener("playbook:situation", (event) => {
  if (live && live.root.isConnected) live.situationChanged(event.detail && event.detail.answers);
});

window.addEventListener("hashchange", () => {
  if (live && live.root.isConnected && answersFromLink(live)) live.showAll();
});

onEachPage("assessment", start);
