/* The page's DOM: every element is looked up once, at start-up. Texts go in with textContent (through el). */

import { el } from "./dom.js";
import { inScope } from "./scope.js";
import { ENGLISH_WORDS, severityValue, valueText } from "./strings.js";

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

export function scoreText(score, t) {
  return score === null ? "–" : valueText(score, t.lang);
}

function setTexts(nodes, text) {
  for (const node of nodes) node.textContent = text;
}

/* The page's elements (and ui.t, the page's words), or null after a console error naming every required selector
 * the page lacks. */
export function lookUp(root, data, t = ENGLISH_WORDS) {
  const ui = { root, t };
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
      // the phase's heading and its line of counts, which a quick check without its questions leaves out
      heads: [root.querySelector(`h2[id="${id}"]`), ...all(`[data-phase-progress="${id}"]`).map((span) => span.parentElement)],
      compare: all(`[data-compare-score="${id}"]`),
    };
  });
  ui.overallScore = all('[data-score="overall"], [data-score-copy="overall"]');
  ui.overallProgress = all('[data-progress="overall"], [data-progress-copy="overall"]');
  ui.compareName = all("[data-compare-name]");
  ui.printHead = all("[data-print-head]");
  ui.criticality = all('[data-field="criticality"]');
  // Optional: the site's page has them, the questionnaire file only some
  const one = (selector) => root.querySelector(selector);
  Object.assign(ui, { tools: one("[data-tools]"), exportButton: one('[data-action="export"]'), subject: one("[data-subject]"),
    dialog: one("[data-import-dialog]"), intro: [...root.ownerDocument.querySelectorAll("[data-intro]")], quickButton: one('[data-mode="quick"]'),
    fullButton: one('[data-mode="full"]'), quickNext: one("[data-quick-next]") });
  return ui;
}

function areaOf(ui, topic) {
  return topic.startsWith("compare") ? ui.compareMessages : ui.messages;
}

/* Show a message by topic, replacing that topic's last one; "compare…" topics show by the comparison. */
export function say(ui, topic, kind, text) {
  const area = areaOf(ui, topic);
  let box = area.querySelector(`[data-topic="${topic}"]`);
  if (!box) {
    const close = el("button", { type: "button", class: "pb-as-close", "aria-label": ui.t("Dismiss this message") },
      "×");
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

/* A question's note field, made when first needed: sixty text areas in closed boxes cost the start-up more than
 * the rest of the form. */
export function noteField(question, t = ENGLISH_WORDS) {
  if (!question.note && question.details) {
    const id = `${question.fieldset.id}-note`;
    question.note = el("textarea", { id, "data-note": question.id, rows: "2",
      placeholder: t("Evidence, who answered, what to check") });
    question.details.append(el("label", { for: id, class: "pb-as-sr" }, t("Note on %(id)s", { id: question.id })),
      question.note);
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
    if (text) noteField(question, ui.t).value = text;
    else if (question.note) question.note.value = "";
    if (text && details) details.open = true;
  }
  ui.name.value = state.name || "";
  for (const radio of ui.criticality) radio.checked = radio.value === state.criticality;
}

export function closeNotes(ui) {
  for (const { details } of ui.questions) if (details) details.open = false;
}

/* "12 of 61 answered"; while some are left, the score is called partial; a quick check says so when complete. */
function answeredText(t, tally, quick) {
  const values = { answered: tally.answered };
  if (tally.answered && tally.answered < tally.total) {
    return t.n("Partial: %(answered)s of %(count)s question answered", "Partial: %(answered)s of %(count)s questions answered",
      tally.total, values);
  }
  if (tally.answered && quick) {
    return t.n("Quick check: %(answered)s of %(count)s question answered",
      "Quick check: %(answered)s of %(count)s questions answered", tally.total, values);
  }
  return t.n("%(count)s of %(total)s answered", "%(count)s of %(total)s answered", tally.answered, tally);
}

/* Questions out of `scope` (scopeOf) are hidden; their answers stay. */
export function showScores(ui, answers, scores, scope, quick = false) {
  const t = ui.t;
  for (const { fieldset, id } of ui.questions) {
    fieldset.classList.toggle("pb-as-answered", answers[id] !== undefined);
    fieldset.hidden = !inScope(scope, { id });
  }
  for (const phase of ui.phases) {
    const tally = scores.phases[phase.id];
    setTexts(phase.score, scoreText(tally.score, t));
    setTexts(phase.progress, t("%(answered)s of %(total)s", tally));
    setTexts(phase.phaseProgress, answeredText(t, tally, quick));
    for (const head of phase.heads) if (head) head.hidden = quick && !tally.total;
  }
  setTexts(ui.overallScore, scoreText(scores.overall.score, t));
  setTexts(ui.overallProgress, answeredText(t, scores.overall, quick));
}

/* The other side's name and phase scores in the table; `other` is {name, scores} or null. */
export function showComparison(ui, other) {
  ui.root.classList.toggle("pb-as-comparing", !!other);
  ui.clearCompare.hidden = !other;
  setTexts(ui.compareName, other ? other.name : ui.t("Other side"));
  for (const phase of ui.phases) {
    setTexts(phase.compare, other ? scoreText(other.scores.phases[phase.id].score, ui.t) : "–");
  }
}

export function showPrintHead(ui, data, name) {
  const day = new Date(Date.now() - new Date().getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  const head = [data.title, ui.t("version %(version)s", { version: data.version }), name, ui.t.day(day)];
  setTexts(ui.printHead, head.filter(Boolean).join(" · "));
}

export function flagText(t, entry, separator) {
  return entry.flags.map((flag) => t("%(id)s (level %(level)s of %(total)s)", flag)).join(separator);
}

/* What a recommendation says of the law (`words`: the page's lawWords): that the reader's own law differs here (for
 * France, the EU's when there is no French note), or which laws do; the notes are on the checklist page. */
export function lawLine(words, law, where) {
  if (!words || !law) return null;
  const own = [where, where === "fr" && "eu"].find((key) => law.includes(key));
  return (own ? words.own : words.any).replace(/%\(\w+\)s/, (own ? [own] : law).map((key) => words.names[key]).join(", "));
}

function recommendation(ui, data, entry, where) {
  const t = ui.t;
  const mistake = data.mistakes[entry.id];
  const index = data.checklists.findIndex((checklist) => checklist.id === mistake.checklist);
  const fixes = el("ul", { class: "pb-as-fixes" });
  for (const [action, owner] of mistake.mitigations.slice(0, data.shown)) {
    fixes.append(el("li", {}, action + " ", el("span", { class: "pb-owner" }, t("Owner: %(owner)s", { owner }))));
  }
  const more = mistake.mitigations.length - data.shown;
  const law = lawLine(data.lawWords, mistake.law, where);
  const link = el("a", { href: `${index < 0 ? "" : ui.phases[index].href}#${entry.id.toLowerCase()}` },
    `${entry.id} · ${mistake.title}`);
  return el("li", { class: `pb-as-rec pb-as-rec--${mistake.severity}` },
    el("p", { class: "pb-as-rec-head" },
      el("span", { class: `pb-severity pb-severity--${mistake.severity}` },
        severityValue(t, mistake.severity).replace(/^./, (first) => first.toUpperCase())), " ", link,
      mistake.mine ? " " : null, mistake.mine ? el("span", { class: "pb-for-you" }, t("Applies to you")) : null),
    el("p", { class: "pb-as-rec-why" }, t("%(phase)s · flagged by %(questions)s",
      { phase: index < 0 ? "" : data.checklists[index].title, questions: flagText(t, entry, ", ") })),
    fixes,
    law && el("p", {}, law),
    more > 0 ? el("p", { class: "pb-as-rec-more" }, t.n("%(count)s more mitigation on the checklist page.",
      "%(count)s more mitigations on the checklist page.", more)) : null);
}

/* `flagged` is what recommend() returns; only the first few unless `all`. */
export function showRecommendations(ui, data, flagged, all, where) {
  ui.emptyRecs.hidden = flagged.length > 0;
  ui.csv.disabled = flagged.length === 0;
  ui.more.hidden = flagged.length <= FIRST;
  ui.more.textContent = all ? ui.t("Show the first %(count)s only", { count: FIRST })
    : ui.t("Show all %(count)s flagged mistakes", { count: flagged.length });
  ui.more.setAttribute("aria-expanded", String(!!all));
  ui.recs.replaceChildren(...(all ? flagged : flagged.slice(0, FIRST)).map((entry) => recommendation(ui, data, entry, where)));
}

/* The choice between the quick check and the full assessment, with their counts, and the intro's count: the same
 * number as the full assessment's counter. The tools are the main action only once there is something to keep. */
export function showMode(ui, quick, counts, answered) {
  const t = ui.t;
  setTexts(ui.intro, t.n("Answer the %(count)s question below to see how mature your outsourcing practice is in each " +
    "phase, and which mistakes to fix first.", "Answer the %(count)s questions below to see how mature your outsourcing " +
    "practice is in each phase, and which mistakes to fix first.", counts.full));
  if (ui.quickButton) {
    ui.quickButton.textContent = t.n("Quick check: %(count)s question", "Quick check: %(count)s questions", counts.quick);
    ui.fullButton.textContent = t.n("Full assessment: %(count)s question", "Full assessment: %(count)s questions",
      counts.full);
    ui.quickButton.setAttribute("aria-pressed", String(quick));
    ui.fullButton.setAttribute("aria-pressed", String(!quick));
  }
  if (ui.quickNext) ui.quickNext.hidden = !quick;
  if (ui.exportButton) ui.exportButton.classList.toggle("md-button--primary", answered > 0);
}
