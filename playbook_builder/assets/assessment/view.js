/* The page's DOM: every element the script needs is looked up once, when the page starts, and written from
 * there on. Texts from the content, a file or a link go in with textContent (through el), never as HTML. */

import { el } from "./dom.js";
import { plural } from "./result.js";
import { inScope } from "./scope.js";

/* The elements the page template must hold; without one the assessment cannot run. */
const REQUIRED = {
  messages: '[data-messages="main"]',
  compareMessages: '[data-messages="compare"]',
  name: '[data-field="name"]',
  share: ".pb-as-share",
  shareLink: "[data-share-link]",
  chart: "[data-chart]",
  caption: "[data-caption]",
  recs: "[data-recs]",
  emptyRecs: '[data-empty="recs"]',
  csv: '[data-action="csv"]',
  more: '[data-action="more"]',
  clearCompare: '[data-action="clear-compare"]',
  diff: "[data-diff]",
};

/* Recommendations shown before "Show all". */
const FIRST = 10;

function shown(score) {
  return score === null ? "–" : String(score);
}

function setTexts(nodes, text) {
  for (const node of nodes) node.textContent = text;
}

/* The page's elements, or null after a console error naming every required selector the page lacks. */
export function lookUp(root, data) {
  const ui = { root };
  const missing = Object.entries(REQUIRED).filter(([name, selector]) => !(ui[name] = root.querySelector(selector)));
  if (missing.length) {
    console.error("Self-assessment: the page lacks " + missing.map(([, selector]) => selector).join(", ") +
      ", so the assessment is off. The page template must keep these elements.");
    return null;
  }
  const all = (selector) => [...root.querySelectorAll(selector)];
  ui.questions = all("[data-question]").map((fieldset) => {
    const radios = [...fieldset.querySelectorAll("input[type=radio]")];
    return { id: fieldset.dataset.question, fieldset, radios, note: null, details: fieldset.querySelector("details") };
  });
  ui.phases = data.checklists.map(({ id }) => {
    const link = root.querySelector(`[data-checklist-link="${id}"]`);
    return {
      id,
      href: link ? link.getAttribute("href") : "",
      score: all(`[data-score="${id}"], [data-phase-score="${id}"]`),
      progress: all(`[data-progress="${id}"]`),
      phaseProgress: all(`[data-phase-progress="${id}"]`),
      compare: all(`[data-compare-score="${id}"]`),
    };
  });
  ui.overallScore = all('[data-score="overall"], [data-score-copy="overall"]');
  ui.overallProgress = all('[data-progress="overall"], [data-progress-copy="overall"]');
  ui.compareName = all("[data-compare-name]");
  ui.printHead = all("[data-print-head]");
  ui.criticality = all('[data-field="criticality"]');
  return ui;
}

function areaOf(ui, topic) {
  return topic.startsWith("compare") ? ui.compareMessages : ui.messages;
}

/* Show a message by topic, replacing the previous one on that topic; comparison messages (topics "compare…")
 * appear by the comparison's own controls, the rest at the top of the form. */
export function say(ui, topic, kind, text) {
  const area = areaOf(ui, topic);
  let box = area.querySelector(`[data-topic="${topic}"]`);
  if (!box) {
    const close = el("button", { type: "button", class: "pb-as-close", "aria-label": "Dismiss this message" }, "×");
    close.addEventListener("click", () => box.remove());
    box = el("div", { "data-topic": topic }, el("p"), close);
    area.append(box);
  }
  box.className = `pb-as-msg pb-as-msg--${kind}`;
  box.firstChild.textContent = text;
}

export function unsay(ui, topic) {
  const box = areaOf(ui, topic).querySelector(`[data-topic="${topic}"]`);
  if (box) box.remove();
}

/* A question's note field, made the first time it is needed: sixty text areas in closed boxes cost the page's
 * start-up more than everything else in the form (each is a control with a shadow tree of its own). */
export function noteField(question) {
  if (!question.note && question.details) {
    const id = `${question.fieldset.id}-note`;
    question.note = el("textarea", { id, "data-note": question.id, rows: "2",
      placeholder: "Evidence, who answered, what to check" });
    question.details.append(el("label", { for: id, class: "pb-as-sr" }, `Note on ${question.id}`), question.note);
  }
  return question.note;
}

/* Put the state into the form controls. */
export function showAnswers(ui, state) {
  for (const question of ui.questions) {
    const { id, radios, details } = question;
    const level = state.answers[id];
    const value = level === 0 ? "na" : String(level);
    for (const radio of radios) radio.checked = radio.value === value;
    const text = state.notes[id] || "";
    if (text) noteField(question).value = text;
    else if (question.note) question.note.value = "";
    if (text && details) details.open = true;
  }
  ui.name.value = state.name || "";
  for (const radio of ui.criticality) radio.checked = radio.value === state.criticality;
}

export function closeNotes(ui) {
  for (const { details } of ui.questions) if (details) details.open = false;
}

/* `scope` (from scopeOf) hides the questions that do not apply to the situation; their answers stay. */
export function showScores(ui, answers, scores, scope) {
  for (const { fieldset, id } of ui.questions) {
    fieldset.classList.toggle("pb-as-answered", answers[id] !== undefined);
    fieldset.hidden = !inScope(scope, { id });
  }
  for (const phase of ui.phases) {
    const tally = scores.phases[phase.id];
    setTexts(phase.score, shown(tally.score));
    setTexts(phase.progress, `${tally.answered} of ${tally.total}`);
    setTexts(phase.phaseProgress, `${tally.answered} of ${tally.total} answered`);
  }
  setTexts(ui.overallScore, shown(scores.overall.score));
  setTexts(ui.overallProgress, `${scores.overall.answered} of ${scores.overall.total} answered`);
}

/* The other side's name and phase scores in the table; `other` is {name, scores} or null. */
export function showComparison(ui, other) {
  ui.root.classList.toggle("pb-as-comparing", !!other);
  ui.clearCompare.hidden = !other;
  setTexts(ui.compareName, other ? other.name : "Other side");
  for (const phase of ui.phases) setTexts(phase.compare, other ? shown(other.scores.phases[phase.id].score) : "–");
}

export function showPrintHead(ui, data, name) {
  // An ISO date, as the printed checklists show it; a locale's format costs loading the locale's data at start-up.
  const day = new Date(Date.now() - new Date().getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  const head = [data.title, `version ${data.version}`, name, day];
  setTexts(ui.printHead, head.filter(Boolean).join(" · "));
}

function recommendation(ui, data, entry) {
  const mistake = data.mistakes[entry.id];
  const index = data.checklists.findIndex((checklist) => checklist.id === mistake.checklist);
  const fixes = el("ul", { class: "pb-as-fixes" });
  for (const [action, owner] of mistake.mitigations.slice(0, data.shown)) {
    fixes.append(el("li", {}, action + " ", el("span", { class: "pb-owner" }, `Owner: ${owner}`)));
  }
  const more = mistake.mitigations.length - data.shown;
  const link = el("a", { href: `${index < 0 ? "" : ui.phases[index].href}#${entry.id.toLowerCase()}` },
    `${entry.id} · ${mistake.title}`);
  return el("li", { class: `pb-as-rec pb-as-rec--${mistake.severity}` },
    el("p", { class: "pb-as-rec-head" },
      el("span", { class: `pb-severity pb-severity--${mistake.severity}` },
        mistake.severity[0].toUpperCase() + mistake.severity.slice(1)), " ", link),
    el("p", { class: "pb-as-rec-why" }, `${index < 0 ? "" : data.checklists[index].title} · flagged by ${entry.by.join(", ")}`),
    fixes,
    more > 0 ? el("p", { class: "pb-as-rec-more" }, `${plural(more, "more mitigation")} on the checklist page.`) : null);
}

/* `flagged` is what recommend() returns; only the first few unless `all`. */
export function showRecommendations(ui, data, flagged, all) {
  ui.emptyRecs.hidden = flagged.length > 0;
  ui.csv.disabled = flagged.length === 0;
  ui.more.hidden = flagged.length <= FIRST;
  ui.more.textContent = all ? `Show the first ${FIRST} only` : `Show all ${flagged.length} flagged mistakes`;
  ui.more.setAttribute("aria-expanded", String(!!all));
  ui.recs.replaceChildren(...(all ? flagged : flagged.slice(0, FIRST)).map((entry) => recommendation(ui, data, entry)));
}

function levelText(question, level) {
  return `level ${level} of ${question.levels.length}, “${question.levels[level - 1]}”`;
}

/* The questions two levels or more apart, by phase. `gaps` is what answerGaps() returns, `names` the two
 * sides' names, `scores` and `other` both sides' scores; nothing is shown without a comparison. */
export function showDifferences(ui, data, gaps, names, scores, other) {
  ui.diff.replaceChildren();
  if (!other) return;
  const [mine, theirs] = names;
  ui.diff.append(el("p", { class: "pb-as-diff-summary" }, gaps.length
    ? `${plural(gaps.length, "question")} where “${mine}” and “${theirs}” are two levels or more apart: ` +
      "talk these through before you sign."
    : `“${mine}” and “${theirs}” are never two levels or more apart on the questions both answered.`));
  for (const checklist of data.checklists) {
    const here = gaps.filter((gap) => gap.question.checklist === checklist.id);
    if (!here.length) continue;
    const a = scores.phases[checklist.id].score;
    const b = other.phases[checklist.id].score;
    const list = el("ul", { class: "pb-as-diff-list" }, ...here.map((gap) => el("li", {},
      el("strong", {}, `${gap.question.id} `), gap.question.text,
      el("span", { class: "pb-as-side pb-as-s1" }, `${mine}: ${levelText(gap.question, gap.a)}`),
      el("span", { class: "pb-as-side pb-as-s2" }, `${theirs}: ${levelText(gap.question, gap.b)}`))));
    ui.diff.append(
      el("h3", { class: "pb-as-diff-phase" }, checklist.title),
      el("p", { class: "pb-as-hint" }, `${plural(here.length, "question")} apart · phase score ${mine} ` +
        `${a === null ? "–" : a}, ${theirs} ${b === null ? "–" : b}`),
      list);
  }
}
