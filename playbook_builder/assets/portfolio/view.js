/* The portfolio page's DOM: the results drawn as who needs attention first (first.js), then tables (heatmap,
 * subjects, shared weaknesses, trends, two-sided gaps) from what rollUp() returns, in the page's words `t` (../assessment/strings.js). Texts from the content or a
 * file go in with textContent (through el). */

import { el } from "../assessment/dom.js";
import { ENGLISH_WORDS, severityValue, valueText } from "../assessment/strings.js";
import { attentionSection } from "./first.js";
import { mistakeHref, scoreText, section, table } from "./parts.js";

/* Shared weaknesses shown before "Show all". */
const SHOWN_SHARED = 15;

/* A heatmap cell: the number, and a colour band (0-19 … 80-100) that only repeats what the number says. */
function heatCell(score, t) {
  const band = score === null ? "none" : String(Math.min(4, Math.floor(score / 20)));
  return el("td", { class: `pb-pf-heat pb-pf-band-${band}` }, scoreText(score, t));
}

/* A phase's column header: its short code (BIZ), the full title in <abbr title> and in the key below the grid. */
function phaseHeader(data, checklist) {
  const code = (data.codes && data.codes[checklist.id]) || checklist.title;
  return el("abbr", { title: checklist.title }, code);
}

function heatmap(data, portfolio, t) {
  const rows = portfolio.subjects.map((subject) => el("tr", {},
    el("th", { scope: "row" }, subject.name),
    ...data.checklists.map((checklist) => heatCell(subject.scores.phases[checklist.id].score, t)),
    heatCell(subject.scores.overall.score, t)));
  const key = data.codes ? el("p", { class: "pb-pf-key" },
    ...data.checklists.map((checklist) => el("span", {}, el("strong", {}, data.codes[checklist.id] || ""), " ",
      checklist.title, " "))) : null;
  return section("pb-pf-heatmap", t("Scores by phase"),
    t("Each subject's latest result, from 0 to 100; the colour repeats the number (darker is weaker)."),
    el("div", { class: "pb-pf-scroll", tabindex: "0", role: "region", "aria-label": t("Score by phase and subject") },
      table(t("Score by phase and subject"), [t("Subject"),
        ...data.checklists.map((checklist) => phaseHeader(data, checklist)), t("Overall")], rows, "pb-pf-heatmap")),
    key);
}

/* The situation in short words ("a small business · a vendor abroad"), in the facts' order: the summaries the
 * build passes as labels.options. */
function situationText(situation, labels) {
  const options = (labels && labels.options) || {};
  const given = situation || {};
  const known = Object.keys(options).filter((fact) => given[fact] !== undefined);
  const other = Object.keys(given).filter((fact) => !Object.hasOwn(options, fact));
  const parts = [...known, ...other].map((fact) => (options[fact] && options[fact][given[fact]]) ||
    `${fact}: ${given[fact]}`);
  return parts.length ? parts.join(" · ") : "–";
}

function subjectsTable(portfolio, labels, t) {
  const rows = portfolio.subjects.map((subject) => el("tr", { class: subject.overdue ? "pb-pf-overdue" : null },
    el("th", { scope: "row" }, subject.name),
    el("td", {}, scoreText(subject.scores.overall.score, t)),
    el("td", {}, t("%(count)s of %(total)s", { count: subject.flagged.length, total: subject.applicable })),
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
    ? t("%(count)s of %(total)s subjects overdue for review.", { count: overdue, total: rows.length })
    : t("No subject is overdue for review."),
  el("div", { class: "pb-pf-scroll", tabindex: "0", role: "region", "aria-label": t("Every subject's latest result") },
    table(t("Every subject's latest result"), [t("Subject"), t("Overall"), t("Flagged"), t("Situation"), t("Date"),
      t("Criticality"), t("Next review"), t("Results")], rows, "pb-pf-subjects")));
}

/* Rows past the first SHOWN_SHARED start hidden, with a note that says so and a button that shows them. */
function cutNote(rows, t) {
  if (rows.length <= SHOWN_SHARED) return null;
  for (const row of rows.slice(SHOWN_SHARED)) row.hidden = true;
  const note = el("span", {}, t("Showing %(shown)s of %(total)s mistakes, the most shared first.",
    { shown: SHOWN_SHARED, total: rows.length }));
  const button = el("button", { type: "button", class: "md-button", "data-action": "show-shared" },
    t("Show all %(total)s", { total: rows.length }));
  button.addEventListener("click", () => {
    for (const row of rows) row.hidden = false;
    note.textContent = t("Showing all %(total)s mistakes.", { total: rows.length });
    const next = rows[SHOWN_SHARED].querySelector("a");
    button.remove();
    next.focus();
  });
  return el("p", { class: "pb-pf-cut" }, note, " ", button);
}

function weaknesses(data, portfolio, links, t) {
  const total = portfolio.subjects.length;
  const rows = portfolio.weaknesses.map((entry) => {
    const mistake = data.mistakes[entry.id];
    return el("tr", {},
      el("th", { scope: "row" },
        el("a", { href: mistakeHref(data, links, entry.id) }, `${entry.id} · ${mistake.title}`)),
      el("td", {}, severityValue(t, mistake.severity)),
      el("td", {}, t("%(count)s of %(total)s", { count: entry.subjects.length, total })),
      el("td", {}, entry.subjects.join(", ")));
  });
  const content = rows.length ? table(t("Mistakes flagged in the latest results"),
    [t("Mistake"), t("Severity"), t("Subjects"), t("Who")], rows, "pb-pf-shared")
    : el("p", {}, t("No mistake is flagged in any latest result."));
  return section("pb-pf-shared", t("Shared weaknesses"), t("The mistakes flagged for the most subjects first."),
    cutNote(rows, t), content);
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
  if (!both.length) {
    return section("pb-pf-gaps", t("Two-sided gaps"), t("Nothing to compare: no subject has both your result and " +
      "the vendor's own. When a vendor answers the same questions on the self-assessment page and sends you its " +
      "file, open it here with yours to see where you disagree."));
  }
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
  area.append(attentionSection(data, portfolio, links, t), heatmap(data, portfolio, t),
    subjectsTable(portfolio, labels, t), weaknesses(data, portfolio, links, t));
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
