/* The portfolio page's DOM: the results drawn as tables (heatmap, subjects, shared weaknesses, trends, two-sided
 * gaps) from what rollUp() returns, in the page's words `t` (../assessment/strings.js). Texts from the content or a
 * file go in with textContent (through el). */

import { el } from "../assessment/dom.js";
import { ENGLISH_WORDS, severityValue, valueText } from "../assessment/strings.js";

function scoreText(score, t) {
  return score === null || score === undefined ? "–" : valueText(score, t.lang);
}

/* A heatmap cell: the number, and a colour band (0-19 … 80-100) that only repeats what the number says. */
function heatCell(score, t) {
  const band = score === null ? "none" : String(Math.min(4, Math.floor(score / 20)));
  return el("td", { class: `pb-pf-heat pb-pf-band-${band}` }, scoreText(score, t));
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

function heatmap(data, portfolio, t) {
  const rows = portfolio.subjects.map((subject) => el("tr", {},
    el("th", { scope: "row" }, subject.name),
    ...data.checklists.map((checklist) => heatCell(subject.scores.phases[checklist.id].score, t)),
    heatCell(subject.scores.overall.score, t)));
  return section("pb-pf-heatmap", t("Scores by phase"),
    t("Each subject's latest result, from 0 to 100; the colour repeats the number (darker is weaker)."),
    el("div", { class: "pb-pf-scroll" }, table(t("Score by phase and subject"), [t("Subject"),
      ...data.checklists.map((checklist) => checklist.title), t("Overall")], rows, "pb-pf-heatmap")));
}

function situationText(situation, labels) {
  const entries = Object.entries(situation || {});
  if (!entries.length) return "–";
  const options = (labels && labels.options) || {};
  return entries.map(([fact, option]) => (options[fact] && options[fact][option]) || `${fact}: ${option}`).join("; ");
}

function subjectsTable(portfolio, labels, t) {
  const rows = portfolio.subjects.map((subject) => el("tr", { class: subject.overdue ? "pb-pf-overdue" : null },
    el("th", { scope: "row" }, subject.name),
    el("td", {}, scoreText(subject.scores.overall.score, t)),
    el("td", {}, situationText(subject.latest.situation, labels)),
    el("td", {}, t.day(subject.latest.date)),
    el("td", {}, subject.criticality ? severityValue(t, subject.criticality) : t("not given (medium)")),
    el("td", {}, t.day(subject.nextReview),
      subject.overdue ? el("strong", { class: "pb-pf-late" }, " " + t("overdue")) : null),
    el("td", {}, subject.vendor
      ? t.n("%(count)s result + the vendor's", "%(count)s results + the vendor's", subject.history.length)
      : t.n("%(count)s result", "%(count)s results", subject.history.length))));
  const overdue = portfolio.subjects.filter((subject) => subject.overdue).length;
  return section("pb-pf-subjects", t("Subjects"), overdue
    ? t.n("%(count)s subject overdue for review.", "%(count)s subjects overdue for review.", overdue)
    : t("No subject is overdue for review."),
  el("div", { class: "pb-pf-scroll" }, table(t("Every subject's latest result"), [t("Subject"), t("Overall"),
    t("Situation"), t("Date"), t("Criticality"), t("Next review"), t("Results")], rows, "pb-pf-subjects")));
}

function weaknesses(data, portfolio, links, t) {
  const total = portfolio.subjects.length;
  const rows = portfolio.weaknesses.map((entry) => {
    const mistake = data.mistakes[entry.id];
    const href = `${links[mistake.checklist] || ""}#${entry.id.toLowerCase()}`;
    return el("tr", {},
      el("th", { scope: "row" }, el("a", { href }, `${entry.id} · ${mistake.title}`)),
      el("td", {}, severityValue(t, mistake.severity)),
      el("td", {}, t("%(count)s of %(total)s", { count: entry.subjects.length, total })),
      el("td", {}, entry.subjects.join(", ")));
  });
  const content = rows.length ? table(t("Mistakes flagged in the latest results"),
    [t("Mistake"), t("Severity"), t("Subjects"), t("Who")], rows, "pb-pf-shared")
    : el("p", {}, t("No mistake is flagged in any latest result."));
  return section("pb-pf-shared", t("Shared weaknesses"), t("The mistakes flagged for the most subjects first."),
    content);
}

function change(row, t) {
  if (row.earlier === null || row.latest === null) return "–";
  const delta = row.latest - row.earlier;
  return delta > 0 ? `+${valueText(delta, t.lang)}` : valueText(delta, t.lang);
}

function trends(portfolio, t) {
  if (!portfolio.trends.length) return null;
  return section("pb-pf-trends", t("Trends"), t("Subjects assessed more than once: the earliest result → the latest."),
    ...portfolio.trends.map(({ subject, trend }) => table(
      t("%(name)s: %(from)s → %(to)s", { name: subject.name, from: t.day(trend.from), to: t.day(trend.to) }),
      [t("Phase"), t.day(trend.from), t.day(trend.to), t("Change")], trend.rows.map((row) => el("tr", {},
        el("th", { scope: "row" }, row.id === "overall" ? t("Overall") : row.title),
        el("td", {}, scoreText(row.earlier, t)), el("td", {}, scoreText(row.latest, t)),
        el("td", {}, change(row, t)))), "pb-pf-trend")));
}

function levelOf(t, question, level) {
  return t("level %(level)s of %(total)s, “%(answer)s”",
    { level, total: question.levels.length, answer: question.levels[level - 1] });
}

function twoSided(portfolio, t) {
  const both = portfolio.subjects.filter((subject) => subject.vendor);
  if (!both.length) return null;
  return section("pb-pf-gaps", t("Two-sided gaps"),
    t("Where a subject has a buyer-side and a vendor-side result: the questions two or more levels apart."),
    ...both.map((subject) => el("div", { class: "pb-pf-gap" },
      el("h3", {}, subject.gaps.length ? t.n("%(name)s: %(count)s question apart",
        "%(name)s: %(count)s questions apart", subject.gaps.length, { name: subject.name })
        : t("%(name)s: no question two or more levels apart", { name: subject.name })),
      subject.gaps.length ? el("ul", {}, ...subject.gaps.map((gap) => el("li", {},
        el("strong", {}, `${gap.question.id} `), gap.question.text,
        el("span", { class: "pb-pf-side" }, t("Yours: %(level)s", { level: levelOf(t, gap.question, gap.a) })),
        el("span", { class: "pb-pf-side" },
          t("The vendor's: %(level)s", { level: levelOf(t, gap.question, gap.b) }))))) : null)));
}

/* Draw the portfolio; `links` maps a checklist id to its page's address, `labels` is the situation's labels, `t`
 * the page's words. */
export function showPortfolio(area, data, portfolio, links, labels, t = ENGLISH_WORDS) {
  area.replaceChildren();
  area.hidden = !portfolio.subjects.length;
  if (!portfolio.subjects.length) return;
  area.append(heatmap(data, portfolio, t), subjectsTable(portfolio, labels, t), weaknesses(data, portfolio, links, t));
  for (const part of [trends(portfolio, t), twoSided(portfolio, t)]) if (part) area.append(part);
}

/* The messages about the files read: one per refused file, duplicate and file with dropped answers. */
export function fileMessages(collected, total, t = ENGLISH_WORDS) {
  const lines = [];
  const results = t.n("%(count)s result", "%(count)s results", collected.entries.length);
  const files = t.n("%(count)s file", "%(count)s files", total);
  lines.push(["info", t("%(results)s of %(files)s read. Nothing was uploaded: the files were read in this browser.",
    { results, files })]);
  for (const { file, reason } of collected.refused) {
    lines.push(["error", t("“%(file)s” was refused: %(reason)s.", { file, reason })]);
  }
  for (const { file, of } of collected.duplicates) {
    lines.push(["warn", t("“%(file)s” has the same subject, side and date as “%(other)s”, saved later, which counts " +
      "instead.", { file, other: of })]);
  }
  for (const { file, count, version } of collected.dropped) {
    lines.push(["warn", t.n("“%(file)s” (version %(version)s): %(count)s answer to a question that is not in this " +
      "version was left out.", "“%(file)s” (version %(version)s): %(count)s answers to questions that are not in " +
      "this version were left out.", count, { file, version })]);
  }
  return lines;
}

export function showMessages(box, lines) {
  box.replaceChildren(...lines.map(([kind, text]) => el("p", { class: `pb-as-msg pb-as-msg--${kind}` }, text)));
}
