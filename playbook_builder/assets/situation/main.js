/* "Your situation": the reader answers a few scoping facts once; every page then hides the mistakes that do not
 * apply to them and says so, and the self-assessment asks and scores only what applies.
 *
 * The plugin loads this script on every page; it acts only where the page holds [data-pb-situation]. Material's
 * instant navigation swaps pages without reloading, so the script starts through `document$` and binds each page
 * view once. Everything about the playbook comes from the panel's data-attributes (its words too, on a page in
 * another language: data-strings); every text is inserted with textContent, never as HTML. Other scripts (the
 * assessment) use `window.playbookSituation`, below, and listen for the `playbook:situation` event fired on every
 * change.
 */

import { readStrings } from "../assessment/strings.js";
import { bindNotes, findRuled, findSmallNotes, findTargets, hideRuled, hideTargets, placeSmallNotes, showNotes } from "./hiding.js";
import { findOwners, findSeverities, findSmallSwaps, showOwners, showSeverities, showSmallSwaps } from "./severity.js";
import { factQuestions, lookUpPanel, markChoices, showChoices, showSummary } from "./panel.js";
import { applies, cleanAnswers, forYou, hiddenMistakes, noteText, severityFor, smallNotesHidden, summaryText, withFixed } from "./rules.js";
import { decodeSituation, encodeSituation } from "./saved.js";
import { SituationStore, situationStorage } from "./store.js";
import { onEachPage } from "./pages.js";

/* The situation of the current page view, or null. */
let here = null;

class Situation {
  constructor(ui, data, t) {
    this.ui = ui;
    this.data = data;
    this.t = t;
    this.store = new SituationStore(situationStorage(),
      new URL(ui.root.getAttribute("data-site-root") || "./", location.href).pathname);
    this.answers = this.store.read(data.facts, data.fixed);
    this.revealed = false; // the reader pressed "Show all" on this page view
    // Looked up the first time there is something to hide or move: a first visit, with nothing answered, leaves
    // the page as the build made it and costs the start-up nothing.
    this.targets = null;
    this.smallNotes = null;
    this.severities = null;
    this.owners = null;
    this.swaps = null;
    this.notes = bindNotes(document, () => this.reveal(!this.revealed));
  }

  /* The reader's answers plus those the edition fixes. */
  all() {
    return withFixed(this.answers, this.data.fixed);
  }

  /* New answers as a whole (a clear, an import, a link): kept as far as they still make sense, saved, shown,
   * announced. Returns the answers kept. */
  replace(answers) {
    this.answers = cleanAnswers(answers, this.data.facts, this.data.fixed);
    showChoices(this.ui, this.answers);
    this.changed();
    return this.all();
  }

  choose(fact, option) {
    if (option) this.answers[fact] = option;
    else delete this.answers[fact];
    this.answers = cleanAnswers(this.answers, this.data.facts, this.data.fixed);
    this.changed();
  }

  changed() {
    this.store.write(this.answers);
    this.apply();
    document.dispatchEvent(new CustomEvent("playbook:situation", { detail: { answers: this.all() } }));
  }

  reveal(revealed) {
    this.revealed = revealed;
    this.apply();
  }

  /* Show the page as the answers say. */
  apply() {
    const answers = this.all();
    const hidden = hiddenMistakes(this.data.applies, answers);
    if (hidden.size || this.targets) {
      this.targets = this.targets || findTargets(document, new Set(Object.keys(this.data.applies)));
      hideTargets(this.targets, hidden, this.revealed);
    }
    this.ruled = this.ruled || findRuled(document);
    for (const id of hideRuled(this.ruled, answers, this.revealed, applies)) hidden.add(id);
    const t = this.t;
    showNotes(this.notes, hidden, this.revealed, (count, total, revealed, kind) => noteText(count, total, revealed, t, kind),
      { showAll: t("Show all"), hideAgain: t("Hide them again") });
    if (answers.size || this.smallNotes) {
      this.smallNotes = this.smallNotes || findSmallNotes(document);
      placeSmallNotes(this.smallNotes, answers.size === "small", smallNotesHidden(answers));
    }
    this.follow(answers);
    showSummary(this.ui, summaryText(answers, this.data.facts, t));
    markChoices(this.ui);
    // What ranks and counts (assets/ranking/, on the pages that list mistakes) follows what is now shown.
    document.dispatchEvent(new CustomEvent("playbook:situation-shown", { detail: { answers } }));
  }

  /* Severities and owners follow the answers; nothing is looked up until an answer asks. */
  follow(answers) {
    const rules = this.data.severity;
    const answered = Object.keys(answers).length > 0;
    if (Object.keys(rules).length && (answered || this.severities)) {
      this.severities = this.severities || findSeverities(document);
      showSeverities(this.severities, rules, answers, this.data.severityNames);
    }
    const small = answers.size === "small";
    if (small || this.owners) {
      this.owners = this.owners || findOwners(document);
      this.swaps = this.swaps || findSmallSwaps(document);
      showOwners(this.owners, small);
      showSmallSwaps(this.swaps, small);
    }

  }
}

function start() {
  const root = document.querySelector("[data-pb-situation]");
  if (!root || root.hasAttribute("data-ready")) return;
  root.setAttribute("data-ready", "");
  const found = lookUpPanel(root);
  if (!found) {  // a panel the template broke would only mislead: the console says what is missing
    root.hidden = true;
    return;
  }
  const situation = new Situation(found.ui, found.data, readStrings(root));
  showChoices(found.ui, situation.answers);
  situation.apply();
  // A page that opens the panel (Start here) folds it for a reader who has answered already: the summary line under
  // it says what they chose, and what their answers rank comes first, even on a phone.
  const box = root.querySelector("details[open]");
  if (box && Object.keys(situation.answers).length) box.open = false;
  root.addEventListener("change", (event) => {
    const select = event.target.closest("select[data-fact]");
    if (select) situation.choose(select.dataset.fact, select.value);
  });
  found.ui.clear.addEventListener("click", () => {
    situation.replace({});
    const first = found.ui.selects[0];
    if (first) first.select.focus();
  });
  root.hidden = false;
  here = situation;
}

/* The situation of the page on screen, started now if its turn has not come yet (scripts start in any order). */
function current() {
  if (!here || !here.ui.root.isConnected) start();
  return here && here.ui.root.isConnected ? here : null;
}

/* The first evaluation of this script in the window starts the panel on every page and offers what the assessment
 * (or any other script) uses: the answers, their rule, and their short form for links. A later evaluation (instant
 * navigation evaluates a page's scripts again) leaves both as they are. */
if (onEachPage("situation", start)) {
  window.playbookSituation = Object.freeze({
    /* The answers, fixed ones included; null when the page has no panel. */
    answers() {
      const situation = current();
      return situation ? situation.all() : null;
    },
    /* Replace the reader's answers (from a file or a link); returns those kept, or null without a panel. */
    replace(answers) {
      const situation = current();
      return situation ? situation.replace(answers) : null;
    },
    /* Each fact's question and its options' labels, to name them: {questions, options}. */
    labels() {
      const situation = current();
      return situation ? { questions: factQuestions(situation.ui), options: situation.data.facts } : null;
    },
    applies,
    severityFor,
    forYou,
    /* What ranks the mistakes: {severity: data-severity, applies: data-applies}; null without a panel. */
    rules() {
      const situation = current();
      return situation ? { severity: situation.data.severity, applies: situation.data.applies } : null;
    },
    encode: encodeSituation,
    decode: decodeSituation,
  });
}
