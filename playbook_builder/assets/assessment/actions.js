/* What the reader does beyond answering: the buttons, the two file pickers and opening a share link. Each
 * works on an Assessment (page.js) and reports in the page's messages. */

import { actionPlanCsv, actionPlanName } from "./csv.js";
import { download } from "./dom.js";
import { acceptResult, droppedText, plural, resultFileName, serializeResult } from "./result.js";
import { recommend } from "./scoring.js";
import { decodeShare, isShareHash, sameAnswers } from "./share.js";
import { closeNotes } from "./view.js";

/* A self-assessment export is a few kilobytes; anything this big is another file. */
const MAX_FILE = 1024 * 1024;

function today() {
  return new Date().toISOString().slice(0, 10);
}

function selectLink(input) {
  input.focus();
  input.select();
}

/* The buttons, by their data-action; `this` is the Assessment. */
export const ACTIONS = {
  export() {
    if (!this.answered() && !Object.keys(this.state.notes).length) {
      this.say("file", "info", "There is nothing to export yet: answer at least one question first.");
      return;
    }
    const result = serializeResult(this.data, this.state, new Date().toISOString(), this.situation);
    download(resultFileName(this.data, today()), "application/json", JSON.stringify(result, null, 2) + "\n");
    this.say("file", "info", `Exported ${plural(this.answered(), "answer")}. Keep the file: you can import it ` +
      "here in any browser.");
  },
  share() {
    this.shareOpen = true;
    this.ui.share.hidden = false;
    this.ui.shareLink.value = this.shareLink();
    selectLink(this.ui.shareLink);
  },
  copy() {
    const input = this.ui.shareLink;
    const done = () => this.say("link", "info", "The link was copied.");
    const fail = () => {
      selectLink(input);
      this.say("link", "info", "Copying was not allowed here: the link is selected, so press Ctrl+C (⌘C) to copy it.");
    };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(input.value).then(done, fail);
    else fail();
  },
  print() {
    window.print();
  },
  reset() {
    if (!window.confirm("Clear all your answers and notes? The copy stored in this browser is deleted too. " +
      "Export first if you want to keep them.")) return;
    this.clear();
    closeNotes(this.ui);
    this.shareOpen = false;
    this.ui.share.hidden = true;
    this.showAll();
    this.say("file", "info", "All answers were cleared.");
  },
  csv() {
    const flagged = recommend(this.data, this.state.answers, this.scoped);
    download(actionPlanName(this.data, today()), "text/csv", actionPlanCsv(this.data, flagged));
  },
  more() {
    this.all = !this.all;
    this.drawRecommendations();
  },
  "clear-compare"() {
    this.compareWith(null);
    this.render();
    this.say("compare", "info", "The comparison was removed.");
  },
};

/* Read the file picked in `input`, then hand its text to `handle`; the input is emptied so that picking the
 * same file again reads it again. */
export function readFile(assessment, input, handle) {
  const file = input.files && input.files[0];
  input.value = "";
  if (!file) return;
  const topic = input.dataset.action === "compare" ? "compare" : "file";
  if (file.size > MAX_FILE) {
    assessment.say(topic, "error", `“${file.name}” was not loaded: it is too large to be a self-assessment. ` +
      "Nothing has changed.");
    return;
  }
  file.text().then((text) => handle(text, file), () => {
    assessment.say(topic, "error", `“${file.name}” could not be read. Nothing has changed.`);
  });
}

/* A file's result adopted into this playbook, or null after saying why it was refused. */
function accept(assessment, text, label, verb, topic) {
  try {
    return acceptResult(assessment.data, assessment.questions, text);
  } catch (error) {
    assessment.say(topic, "error", `${label} was not ${verb}: ${error.message}. Nothing has changed.`);
    return null;
  }
}

export function importFile(assessment, text, file) {
  const label = `“${file.name}”`;
  const adopted = accept(assessment, text, label, "imported", "file");
  if (!adopted) return;
  assessment.replace(adopted);
  const situation = assessment.takeSituation(adopted.situation) ? " and the situation" : "";
  assessment.showAll();
  assessment.say("file", "info", `Imported ${plural(adopted.kept, "answer")}${situation} from ${label} ` +
    `(playbook version ${adopted.version}).${droppedText(adopted, assessment.data.version)}`);
}

export function compareFile(assessment, text, file) {
  const label = `“${file.name}”`;
  const adopted = accept(assessment, text, label, "loaded", "compare");
  if (!adopted) return;
  const name = adopted.name || file.name.replace(/\.json$/i, "") || "Other side";
  assessment.compareWith({ name, answers: adopted.answers, situation: adopted.situation });
  assessment.render();
  assessment.say("compare", "info", `Comparing with “${name}”: ${plural(adopted.kept, "answer")} loaded from ` +
    `${label}.${droppedText(adopted, assessment.data.version)}`);
}

/* Take the answers from a share link in the address, then remove them from it; true when the answers changed
 * (the caller draws them). Answers already in this browser are only replaced once the reader agrees. */
export function answersFromLink(assessment) {
  if (!isShareHash(location.hash)) return false;
  const shared = decodeShare(location.hash);
  history.replaceState(history.state, "", location.href.split("#")[0]);
  if (!shared) {
    assessment.say("link", "error", "The answers in this link could not be read; it may have been cut short. " +
      "Nothing has changed.");
    return false;
  }
  const adopted = assessment.adopt(shared);
  const api = assessment.situationApi;
  const situation = shared.situation && api ? api.decode(shared.situation) : null;
  if (!adopted.kept && !situation) {
    assessment.say("link", "error", "None of the answers in this link belong to this playbook's questions. " +
      "Nothing has changed.");
    return false;
  }
  if (adopted.kept && assessment.answered() && !sameAnswers(assessment.state.answers, adopted.answers) &&
      !window.confirm(`This link holds ${plural(adopted.kept, "answer")}. Replace the answers saved in ` +
        "this browser with them?")) {
    assessment.say("link", "info", "The answers in the link were not loaded; yours are unchanged.");
    return false;
  }
  if (adopted.kept) assessment.replace({ ...assessment.state, answers: adopted.answers });
  const took = assessment.takeSituation(situation);
  const what = [adopted.kept ? plural(adopted.kept, "answer") : "", took ? "the situation" : ""].filter(Boolean);
  assessment.say("link", "info", `Loaded ${what.join(" and ")} from a shared link.` +
    droppedText(adopted, assessment.data.version));
  return true;
}
