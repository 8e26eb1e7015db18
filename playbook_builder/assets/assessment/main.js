/* The self-assessment: scores, recommends, saves, exports, shares and compares answers, in the browser. Loaded by
 * the pages that show it, it acts where #pb-assessment is, once per page view (through Material's `document$`). The playbook
 * comes from a data script that sets window.playbookAssessment (render/assessment.py): inline in the questionnaire
 * file, else beside the page, at the address in the data-src of a hidden element in the root; the words from that
 * element's data-strings (strings.js). Texts go in with textContent, never as HTML. */

import { el } from "./dom.js";
import { Assessment } from "./page.js";
import { dataProblem } from "./result.js";
import { AnswerStore, openStorage } from "./storage.js";
import { readStrings } from "./strings.js";
import { lookUp, noteField } from "./view.js";
import { onEachPage } from "../situation/pages.js";

/* The assessment on the current page view, for the address's hash changes. */
let live = null;
/* The forms whose data is on its way. */
const starting = new WeakSet();

/* The buttons this script handles itself; the others' code comes with the tools script (lazy.js). */
const OWN_ACTIONS = {
  quick() {
    this.setMode(true);
  },
  full() {
    this.setMode(false);
  },
  more() {
    this.all = !this.all;
    this.drawRecommendations();
  },
  print() {
    window.print();
  },
};

/* The tools stay folded until there is something to keep: the first answer unfolds them, once per page view. */
function unfold(assessment) {
  const tools = assessment.ui.tools;
  if (tools && !assessment.unfolded && assessment.answered()) {
    assessment.unfolded = true;
    tools.open = true;
  }
}

/* A share link in the address (share.js's SHARE_HASH): its reading comes with the tools. */
function fromLink(assessment) {
  if (!location.hash.startsWith("#answers=")) return;
  assessment.withTools((tools) => {
    if (tools.answersFromLink(assessment)) {
      assessment.showAll();
      unfold(assessment);
    }
  });
}

function onChange(assessment, event) {
  const target = event.target;
  const fieldset = target.closest("[data-question]");
  if (target.type === "radio" && fieldset) {
    assessment.state.answers[fieldset.dataset.question] = target.value === "na" ? 0 : Number(target.value);
    assessment.save();
    assessment.render();
    unfold(assessment);
  } else if (target.dataset.field === "criticality") {
    assessment.state.criticality = target.value;
    assessment.save();
  } else if (target.dataset.action === "import" || target.dataset.action === "compare") {
    assessment.withTools((tools) => tools.pick(assessment, target));
  } else if (target.hasAttribute("data-subject")) {
    assessment.withTools((tools) => tools.switchSubject(assessment, target.value));
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
    const current = assessment.ui.subject && assessment.ui.subject.options[0];
    if (current) current.textContent = assessment.state.name || assessment.t("Your answers");
  }
}

function onClick(assessment, event) {
  const summary = event.target.closest(".pb-as-note > summary");
  // The note field appears as its box opens (a click, or Enter or Space on the summary).
  if (summary) {
    const question = assessment.ui.questions.find((entry) => entry.details === summary.parentElement);
    if (question) noteField(question, assessment.ui.t);
  }
  const button = event.target.closest("button[data-action]");
  if (!button) return;
  const name = button.dataset.action;
  if (Object.hasOwn(OWN_ACTIONS, name)) OWN_ACTIONS[name].call(assessment, button);
  else assessment.withTools((tools) => tools.act(assessment, name, button));
}

/* Opening the tools loads their script and lists the subjects kept in this browser. */
function onToggle(assessment, event) {
  if (event.target === assessment.ui.tools && event.target.open) {
    assessment.withTools((tools) => tools.showSubjects(assessment));
  }
}

/* then(data) once the page's playbook data is there, else a console error saying what is wrong. The data script
 * sets it: inline (the questionnaire file), or at `address`, loaded here (the page preloads it), not by a tag of the
 * page: Material's instant navigation runs a new page's scripts after it says the page is there, so a tag could
 * come too late, or leave one page's data to the next. Taken once, for that reason too. */
function withData(address, then) {
  const take = (failed) => {
    const data = window.playbookAssessment;
    window.playbookAssessment = undefined;
    const problem = failed || (data === undefined ? "no script set it" : dataProblem(data));
    if (problem) console.error(`Self-assessment: the page's data is not usable: ${problem}.`);
    else then(data);
  };
  if (!address) return take();
  const script = el("script", { src: address });
  script.onload = script.onerror = (event) => {
    script.remove();
    take(event.type === "error" && `${address} did not load`);
  };
  document.head.append(script);
}

/* Restore the answers first, take any shared ones, then draw everything once. */
function start() {
  const root = document.getElementById("pb-assessment");
  if (!root || root.hasAttribute("data-ready") || starting.has(root)) return;
  starting.add(root);
  const holder = root.querySelector(".pb-as-data") || root;
  withData(holder.getAttribute("data-src"), (data) => {
    const ui = lookUp(root, data, readStrings(holder));
    if (!ui) return;
    root.setAttribute("data-ready", "");
    const assessment = new Assessment(root, ui, data, new AnswerStore(openStorage(), location.pathname, data.version));
    assessment.restore();
    assessment.showAll();
    unfold(assessment);
    fromLink(assessment);
    root.addEventListener("change", (event) => onChange(assessment, event));
    root.addEventListener("toggle", (event) => onToggle(assessment, event), true);
    root.addEventListener("input", (event) => onInput(assessment, event));
    root.addEventListener("click", (event) => onClick(assessment, event));
    live = assessment;
  });
}

/* The reader changed the situation in the panel (assets/situation/): ask and count only what applies. */
document.addEventListener("playbook:situation", (event) => {
  if (live && live.root.isConnected) live.situationChanged(event.detail && event.detail.answers);
});

window.addEventListener("hashchange", () => {
  if (live && live.root.isConnected) fromLink(live);
});

onEachPage("assessment", start);
