/* The assessment on one page view: its state, where it is kept, and what is drawn from it. */

import { drawChart, relabelChart } from "./chart.js";
import { adoptResult, migrationText, questionIndex, serializeResult } from "./result.js";
import { tools } from "./lazy.js";
import { QUICK_LIMIT, quickQuestions, quickScope } from "./quick.js";
import { scopeOf } from "./scope.js";
import { recommend, scoreAnswers, situated } from "./scoring.js";
import { say, showAnswers, showComparison, showMode, showPrintHead, unsay } from "./view.js";
import { showRecommendations, showScores } from "./view.js";

/* Why the answers are not stored (AnswerStore.write's reason). */
function storageWarning(t, reason) {
  if (reason === "blocked") {
    return t("This browser does not let the page store your answers, so they are kept only until you close or " +
      "reload the page. Export them to keep a copy.");
  }
  return reason === "full"
    ? t("This browser's storage is full, so your latest answers are kept only until you close the page. " +
      "Export them to keep a copy.")
    : t("This browser refused to store your answers, so they are kept only until you close the page. " +
      "Export them to keep a copy.");
}

/* Only what is saved: adopted results also count what they kept and dropped. */
function stateOf({ answers = {}, notes = {}, name = "", criticality = "", quick = false } = {}) {
  return { answers, notes, name, criticality, quick: quick === true };
}

export class Assessment {
  constructor(root, ui, data, store) {
    this.root = root;
    this.ui = ui;
    this.data = data;
    this.store = store;
    this.questions = questionIndex(data);
    this.state = this.blank();
    this.situation = this.readSituation();
    this.compareWith(store.comparison);
    // Every recommendation shown, not only the first few.
    this.all = false;
    this.shareOpen = false;
    this.chartKey = "";
  }

  say(topic, kind, text) {
    say(this.ui, topic, kind, text);
  }

  get t() {
    return this.ui.t;
  }

  /* --- state --- */

  /* This page view's last answers, else the stored ones, else those of an older version. */
  restore() {
    if (!this.store.storage) this.say("storage", "warn", storageWarning(this.t, "blocked"));
    const remembered = this.store.remembered();
    const own = !remembered && this.store.read(this.store.key);
    if (remembered || own) {
      this.state = remembered || stateOf(this.adopt(own));
      return;
    }
    const older = this.store.older();
    if (!older) return;
    const adopted = this.adopt(older.result);
    this.replace(adopted);
    this.store.remove(older.key);
    this.say("migrate", "info", migrationText(older.result.version, this.data.version, adopted, this.t));
  }

  adopt(result) {
    return adoptResult(this.questions, result);
  }

  answered() {
    return Object.keys(this.state.answers).length;
  }

  /* New answers, notes and name, saved at once. */
  replace(state) {
    this.state = stateOf(state);
    this.save();
  }

  save() {
    const serialized = serializeResult(this.data, this.state, new Date().toISOString(), this.situation,
      this.t("Not applicable"));
    const problem = this.store.write(this.state, serialized);
    if (!problem) unsay(this.ui, "storage");
    else if (problem !== "blocked") this.say("storage", "warn", storageWarning(this.t, problem));
  }

  /* No answers yet; a questionnaire file comes named for its vendor (data.subject). */
  blank() {
    return stateOf({ name: this.data.subject || "" });
  }

  clear() {
    this.state = { ...this.blank(), quick: this.state.quick };
    this.store.clear();
  }

  /* `other` is {name, answers, situation} or null; its scores are worked out once per change, not per redraw. */
  compareWith(other) {
    this.other = other;
    this.store.comparison = other;
    this.scoreOther();
  }

  scoreOther() {
    this.otherScores = this.other && scoreAnswers(this.data, this.other.answers, this.scope());
  }

  /* --- the situation (the panel's answers, the edition's fixed ones included) --- */

  /* The situation script's bridge (assets/situation/main.js); without it, everything applies. */
  get situationApi() {
    return window.playbookSituation || null;
  }

  readSituation() {
    const answers = this.situationApi && this.situationApi.answers();
    return answers || { ...(this.data.fixed || {}) };
  }

  /* The data with each mistake's severity for the situation, worked out once per situation. */
  get situated() {
    if (!this.situatedFor || this.situatedFor.situation !== this.situation) {
      const api = this.situationApi;
      this.situatedFor = { situation: this.situation,
        data: situated(this.data, this.situation, api && api.severityFor, api && api.forYou, api && api.applies) };
    }
    return this.situatedFor.data;
  }

  /* Which questions and mistakes apply to the situation; null when all do. */
  scope() {
    return this.situationApi ? scopeOf(this.data, this.situation, this.situationApi.applies) : null;
  }

  /* The panel changed (or an import or a link changed it): save it with the answers, count again. */
  situationChanged(answers) {
    this.situation = answers || this.readSituation();
    this.scoreOther();
    this.save();
    if (!this.taking) this.render();
  }

  /* Give the panel a situation from a file or a link (the caller draws); true when any of it was kept. */
  takeSituation(situation) {
    if (!situation || !this.situationApi) return false;
    this.taking = true;
    try {
      const kept = this.situationApi.replace(situation);
      if (kept) this.situationChanged(kept);
      return !!kept && Object.keys(kept).length > 0;
    } finally {
      this.taking = false;
    }
  }

  /* Run `use` with the tools script (assessment-tools), loaded the first time it is needed. */
  withTools(use) {
    tools().then(use, () => this.say("tools", "error",
      this.t("This part of the page could not be loaded. Check your connection, then try again.")));
  }

  /* The quick check or the full assessment; the answers stay either way. */
  setMode(quick) {
    this.state.quick = quick;
    this.save();
    this.render();
  }

  names() {
    return [this.state.name || this.t("Your answers"), this.other ? this.other.name : ""];
  }

  /* --- drawing --- */

  /* Everything, after the state changed as a whole (start, import, link, reset). */
  showAll() {
    showAnswers(this.ui, this.state);
    this.render();
  }

  /* Everything the answers decide, once per change. */
  render() {
    const { ui, data, state } = this;
    const scope = this.scope();
    const quick = quickQuestions(this.situated, scope, QUICK_LIMIT, this.situation || {});
    this.scoped = state.quick ? quickScope(scope, quick) : scope;
    this.scores = scoreAnswers(data, state.answers, this.scoped);
    showScores(ui, state.answers, this.scores, this.scoped, state.quick);
    const full = scope ? scope.questions.size : data.questions.length;
    showMode(ui, state.quick, { quick: quick.length, full }, this.answered());
    showComparison(ui, this.other && { name: this.other.name, scores: this.otherScores });
    if (this.shareOpen) this.withTools((found) => (ui.shareLink.value = found.linkTo(this)));
    showPrintHead(ui, data, state.name);
    this.drawChart();
    this.drawRecommendations();
    this.drawDifferences();
  }

  drawRecommendations() {
    showRecommendations(this.ui, this.situated, recommend(this.situated, this.state.answers, this.scoped), this.all,
      this.situation.jurisdiction);
  }

  /* A new name changes only texts: the chart keeps its drawing. */
  rename() {
    showPrintHead(this.ui, this.data, this.state.name);
    relabelChart(this.ui.chart, this.data.checklists, this.series(), this.t);
    if (this.other) this.drawDifferences();
  }

  series() {
    const [mine, theirs] = this.names();
    const series = [{ name: mine, scores: this.scores, cls: "pb-as-s1" }];
    if (this.other) series.push({ name: theirs, scores: this.otherScores, cls: "pb-as-s2" });
    return series;
  }

  /* Draw the chart only when a score changed; otherwise at most its names did. */
  drawChart() {
    const phases = this.data.checklists;
    const series = this.series();
    const key = JSON.stringify(series.map((set) => phases.map((checklist) => set.scores.phases[checklist.id].score)));
    if (key === this.chartKey) relabelChart(this.ui.chart, phases, series, this.t);
    else drawChart(this.ui.chart, this.ui.caption, phases, series, this.t);
    this.chartKey = key;
  }

  /* The comparison's details come with the tools script, which loading a result to compare brought already. */
  drawDifferences() {
    if (this.other) {
      this.withTools((found) => this.other && found.drawDifferences(this));
      return;
    }
    this.ui.diff.replaceChildren();
    unsay(this.ui, "compare-situation");
  }
}
