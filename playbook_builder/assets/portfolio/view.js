/* The portfolio page's DOM: the results drawn as tables (heatmap, subjects, shared weaknesses, trends, two-sided
 * gaps) from what rollUp() returns. Texts from the content or a file go in with textContent (through el). */

import { el } from "../assessment/dom.js";
import { plural } from "../assessment/result.js";

function scoreText(score) {
  return score === null || score === undefined ? "–" : String(score);
}

/* A heatmap cell: the number, and a colour band (0-19 … 80-100) that only repeats what the number says. */
function heatCell(score) {
  const band = score === null ? "none" : String(Math.min(4, Math.floor(score / 20)));
  return el("td", { class: `pb-pf-heat pb-pf-band-${band}` }, scoreText(score));
}

function table(caption, headers, rows, cls) {
  return el("table", { class: cls },
    el("caption", {}, caption),
    el("thead", {}, el("tr", {}, ...headers.map((text) => el("th", { scope: "col" }, text)))),
    el("tbody", {}, ...rows));
}

function section(id, title, intro, ...content) {
  return el("section", { class: "pb-pf-section", "aria-labelledby": id },
    el("h2", { id }, title), intro ? el("p", { class: "pb-pf-intro" }, intro) : null, ...content);
}

function heatmap(data, portfolio) {
  const rows = portfolio.subjects.map((subject) => el("tr", {},
    el("th", { scope: "row" }, subject.name),
    ...data.checklists.map((checklist) => heatCell(subject.scores.phases[checklist.id].score)),
    heatCell(subject.scores.overall.score)));
  return section("pb-pf-heatmap", "Scores by phase",
    "Each subject's latest result, from 0 to 100; the colour repeats the number (darker is weaker).",
    el("div", { class: "pb-pf-scroll" }, table("Score by phase and subject", ["Subject",
      ...data.checklists.map((checklist) => checklist.title), "Overall"], rows, "pb-pf-heatmap")));
}

function situationText(situation, labels) {
  const entries = Object.entries(situation || {});
  if (!entries.length) return "–";
  const options = (labels && labels.options) || {};
  return entries.map(([fact, option]) => (options[fact] && options[fact][option]) || `${fact}: ${option}`).join("; ");
}

function subjectsTable(portfolio, labels) {
  const rows = portfolio.subjects.map((subject) => el("tr", { class: subject.overdue ? "pb-pf-overdue" : null },
    el("th", { scope: "row" }, subject.name),
    el("td", {}, scoreText(subject.scores.overall.score)),
    el("td", {}, situationText(subject.latest.situation, labels)),
    el("td", {}, subject.latest.date),
    el("td", {}, subject.criticality || "not given (medium)"),
    el("td", {}, subject.nextReview, subject.overdue ? el("strong", { class: "pb-pf-late" }, " overdue") : null),
    el("td", {}, `${plural(subject.history.length, "result")}${subject.vendor ? " + the vendor's" : ""}`)));
  const overdue = portfolio.subjects.filter((subject) => subject.overdue).length;
  return section("pb-pf-subjects", "Subjects",
    overdue ? `${plural(overdue, "subject")} overdue for review.` : "No subject is overdue for review.",
    el("div", { class: "pb-pf-scroll" }, table("Every subject's latest result", ["Subject", "Overall", "Situation",
      "Date", "Criticality", "Next review", "Results"], rows, "pb-pf-subjects")));
}

function weaknesses(data, portfolio, links) {
  const total = portfolio.subjects.length;
  const rows = portfolio.weaknesses.map((entry) => {
    const mistake = data.mistakes[entry.id];
    const href = `${links[mistake.checklist] || ""}#${entry.id.toLowerCase()}`;
    return el("tr", {},
      el("th", { scope: "row" }, el("a", { href }, `${entry.id} · ${mistake.title}`)),
      el("td", {}, mistake.severity),
      el("td", {}, `${entry.subjects.length} of ${total}`),
      el("td", {}, entry.subjects.join(", ")));
  });
  const content = rows.length
    ? table("Mistakes flagged in the latest results", ["Mistake", "Severity", "Subjects", "Who"], rows, "pb-pf-shared")
    : el("p", {}, "No mistake is flagged in any latest result.");
  return section("pb-pf-shared", "Shared weaknesses", "The mistakes flagged for the most subjects first.", content);
}

function change(row) {
  if (row.earlier === null || row.latest === null) return "–";
  const delta = row.latest - row.earlier;
  return delta > 0 ? `+${delta}` : String(delta);
}

function trends(portfolio) {
  if (!portfolio.trends.length) return null;
  return section("pb-pf-trends", "Trends", "Subjects assessed more than once: the earliest result → the latest.",
    ...portfolio.trends.map(({ subject, trend }) => table(`${subject.name}: ${trend.from} → ${trend.to}`,
      ["Phase", trend.from, trend.to, "Change"], trend.rows.map((row) => el("tr", {},
        el("th", { scope: "row" }, row.title), el("td", {}, scoreText(row.earlier)), el("td", {}, scoreText(row.latest)),
        el("td", {}, change(row)))), "pb-pf-trend")));
}

function levelOf(question, level) {
  return `level ${level} of ${question.levels.length}, “${question.levels[level - 1]}”`;
}

function twoSided(portfolio) {
  const both = portfolio.subjects.filter((subject) => subject.vendor);
  if (!both.length) return null;
  return section("pb-pf-gaps", "Two-sided gaps",
    "Where a subject has a buyer-side and a vendor-side result: the questions two or more levels apart.",
    ...both.map((subject) => el("div", { class: "pb-pf-gap" },
      el("h3", {}, `${subject.name}: ${subject.gaps.length ? plural(subject.gaps.length, "question") + " apart"
        : "no question two or more levels apart"}`),
      subject.gaps.length ? el("ul", {}, ...subject.gaps.map((gap) => el("li", {},
        el("strong", {}, `${gap.question.id} `), gap.question.text,
        el("span", { class: "pb-pf-side" }, `Yours: ${levelOf(gap.question, gap.a)}`),
        el("span", { class: "pb-pf-side" }, `The vendor's: ${levelOf(gap.question, gap.b)}`)))) : null)));
}

/* Draw the portfolio; `links` maps a checklist id to its page's address, `labels` is the situation's labels. */
export function showPortfolio(area, data, portfolio, links, labels) {
  area.replaceChildren();
  area.hidden = !portfolio.subjects.length;
  if (!portfolio.subjects.length) return;
  area.append(heatmap(data, portfolio), subjectsTable(portfolio, labels), weaknesses(data, portfolio, links));
  for (const part of [trends(portfolio), twoSided(portfolio)]) if (part) area.append(part);
}

/* The messages about the files read: one per refused file, duplicate and file with dropped answers. */
export function fileMessages(collected, total) {
  const lines = [];
  const kept = collected.entries.length;
  lines.push(["info", `${plural(kept, "result")} of ${plural(total, "file")} read. Nothing was uploaded: the ` +
    "files were read in this browser."]);
  for (const { file, reason } of collected.refused) lines.push(["error", `“${file}” was refused: ${reason}.`]);
  for (const { file, of } of collected.duplicates) {
    lines.push(["warn", `“${file}” has the same subject, side and date as “${of}”, saved later, which counts ` +
      "instead."]);
  }
  for (const { file, count, version } of collected.dropped) {
    lines.push(["warn", `“${file}” (version ${version}): ${plural(count, "answer")} to questions that are not in ` +
      `this version were left out.`]);
  }
  return lines;
}

export function showMessages(box, lines) {
  box.replaceChildren(...lines.map(([kind, text]) => el("p", { class: `pb-as-msg pb-as-msg--${kind}` }, text)));
}
