/* The buttons, the two file pickers and share links, on an Assessment (page.js). */

import { actionPlanCsv, actionPlanName } from "./csv.js";
import { download } from "./dom.js";
import { linkTo } from "./compare.js";
import { LARGEST_RESULT, acceptResult, answerCount, droppedText, serializeResult } from "./result.js";
import { recommend } from "./scoring.js";
import { decodeShare, isShareHash, sameAnswers } from "./share.js";
import { problemText } from "./strings.js";
import { exportFileName } from "./subjects.js";
import { closeNotes } from "./view.js";

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
    const t = this.t;
    if (!this.answered() && !Object.keys(this.state.notes).length) {
      this.say("file", "info", t("There is nothing to export yet: answer at least one question first."));
      return;
    }
    const result = serializeResult(this.data, this.state, new Date().toISOString(), this.situation,
      t("Not applicable"));
    download(exportFileName(this.state.name, today(), this.state.quick), "application/json",
      JSON.stringify(result, null, 2) + "\n");
    this.say("file", "info", t("Exported %(answers)s. Keep the file: you can import it here in any browser.",
      { answers: answerCount(t, this.answered()) }));
  },
  share() {
    this.shareOpen = true;
    this.ui.share.hidden = false;
    this.ui.shareLink.value = linkTo(this);
    selectLink(this.ui.shareLink);
  },
  copy() {
    const input = this.ui.shareLink;
    const done = () => this.say("link", "info", this.t("The link was copied."));
    const fail = () => {
      selectLink(input);
      this.say("link", "info",
        this.t("Copying was not allowed here: the link is selected, so press Ctrl+C (⌘C) to copy it."));
    };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(input.value).then(done, fail);
    else fail();
  },
  reset() {
    if (!window.confirm(this.t("Clear all your answers and notes? The copy stored in this browser is deleted too. " +
      "Export first if you want to keep them."))) return;
    this.clear();
    closeNotes(this.ui);
    this.shareOpen = false;
    this.ui.share.hidden = true;
    this.showAll();
    this.say("file", "info", this.t("All answers were cleared."));
  },
  csv() {
    const flagged = recommend(this.situated, this.state.answers, this.scoped);
    download(actionPlanName(this.data, today()), "text/csv", actionPlanCsv(this.situated, flagged, this.t));
  },
  "clear-compare"() {
    this.compareWith(null);
    this.render();
    this.say("compare", "info", this.t("The comparison was removed."));
  },
};

/* Hand the text of the file picked in `input` to `handle`; the input is emptied, so the same file can be picked
 * again. */
export function readFile(assessment, input, handle) {
  const file = input.files && input.files[0];
  input.value = "";
  if (!file) return;
  const t = assessment.t;
  const topic = input.dataset.action === "compare" ? "compare" : "file";
  if (file.size > LARGEST_RESULT) {
    assessment.say(topic, "error", t("“%(file)s” was not loaded: it is too large to be a self-assessment. " +
      "Nothing has changed.", { file: file.name }));
    return;
  }
  file.text().then((text) => handle(text, file), () => {
    assessment.say(topic, "error", t("“%(file)s” could not be read. Nothing has changed.", { file: file.name }));
  });
}

/* A file's result adopted into this playbook, or null after saying why it was refused. */
function accept(assessment, text, file, topic) {
  const t = assessment.t;
  try {
    return acceptResult(assessment.data, assessment.questions, text);
  } catch (error) {
    const values = { file: file.name, reason: problemText(t, error) };
    assessment.say(topic, "error", topic === "file"
      ? t("“%(file)s” was not imported: %(reason)s. Nothing has changed.", values)
      : t("“%(file)s” was not loaded: %(reason)s. Nothing has changed.", values));
    return null;
  }
}

/* Whether to replace the answers there are: the dialog asks (Escape or Cancel keeps them); yes when there are none. */
function replacing(assessment) {
  const dialog = assessment.ui.dialog;
  const state = assessment.state;
  if (!dialog || (!assessment.answered() && !Object.keys(state.notes).length)) return Promise.resolve(true);
  return new Promise((resolve) => {
    dialog.returnValue = "";
    dialog.addEventListener("close", () => resolve(dialog.returnValue === "replace"), { once: true });
    dialog.showModal();
  });
}

export function importFile(assessment, text, file) {
  const adopted = accept(assessment, text, file, "file");
  if (!adopted) return;
  replacing(assessment).then((yes) => {
    if (yes) importAnswers(assessment, adopted, file);
    else assessment.say("file", "info", assessment.t("“%(file)s” was not imported: your answers are unchanged.",
      { file: file.name }));
  });
}

function importAnswers(assessment, adopted, file) {
  assessment.replace(adopted);
  const situation = assessment.takeSituation(adopted.situation);
  assessment.showAll();
  const t = assessment.t;
  const values = { answers: answerCount(t, adopted.kept), file: file.name, version: adopted.version };
  assessment.say("file", "info", (situation
    ? t("Imported %(answers)s and the situation from “%(file)s” (playbook version %(version)s).", values)
    : t("Imported %(answers)s from “%(file)s” (playbook version %(version)s).", values)) +
    droppedText(adopted, assessment.data.version, t));
}

export function compareFile(assessment, text, file) {
  const adopted = accept(assessment, text, file, "compare");
  if (!adopted) return;
  const t = assessment.t;
  const name = adopted.name || file.name.replace(/\.json$/i, "") || t("Other side");
  assessment.compareWith({ name, answers: adopted.answers, situation: adopted.situation });
  assessment.render();
  assessment.say("compare", "info", t("Comparing with “%(name)s”: %(answers)s loaded from “%(file)s”.",
    { name, answers: answerCount(t, adopted.kept), file: file.name }) +
    droppedText(adopted, assessment.data.version, t));
}

/* Take the answers from a share link in the address, then remove them; true when the answers changed (the caller
 * draws). Answers in this browser are replaced only if the reader agrees. */
export function answersFromLink(assessment) {
  if (!isShareHash(location.hash)) return false;
  const shared = decodeShare(location.hash);
  history.replaceState(history.state, "", location.href.split("#")[0]);
  const t = assessment.t;
  if (!shared) {
    assessment.say("link", "error", t("The answers in this link could not be read; it may have been cut short. " +
      "Nothing has changed."));
    return false;
  }
  const adopted = assessment.adopt(shared);
  const api = assessment.situationApi;
  const situation = shared.situation && api ? api.decode(shared.situation) : null;
  if (!adopted.kept && !situation) {
    assessment.say("link", "error", t("None of the answers in this link belong to this playbook's questions. " +
      "Nothing has changed."));
    return false;
  }
  if (adopted.kept && assessment.answered() && !sameAnswers(assessment.state.answers, adopted.answers) &&
      !window.confirm(t("This link holds %(answers)s. Replace the answers saved in this browser with them?",
        { answers: answerCount(t, adopted.kept) }))) {
    assessment.say("link", "info", t("The answers in the link were not loaded; yours are unchanged."));
    return false;
  }
  if (adopted.kept) assessment.replace({ ...assessment.state, answers: adopted.answers });
  const took = assessment.takeSituation(situation);
  const answers = answerCount(t, adopted.kept);
  let loaded = t("Loaded the situation from a shared link.");
  if (adopted.kept) {
    loaded = took ? t("Loaded %(answers)s and the situation from a shared link.", { answers })
      : t("Loaded %(answers)s from a shared link.", { answers });
  }
  assessment.say("link", "info", loaded + droppedText(adopted, assessment.data.version, t));
  return true;
}
