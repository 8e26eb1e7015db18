/* The portfolio: many exported results rolled up by subject (the vendor each result is about), the same way
 * `playbook report` does it. Pure: data in, data out, no DOM. Scores, flags and gaps come from the assessment's
 * own modules, so the page and the assessment can never disagree. */

import { acceptResult, questionIndex } from "../assessment/result.js";
import { scopeOf } from "../assessment/scope.js";
import { answerGaps, recommend, scoreAnswers, situated } from "../assessment/scoring.js";
import { ENGLISH_WORDS, problem, problemText } from "../assessment/strings.js";
import { applies, severityFor, withFixed } from "../situation/rules.js";

/* Months until the next review by criticality; the build passes the site's own (the plugin's review_months). */
export const DEFAULT_REVIEW_MONTHS = { low: 24, medium: 12, high: 6 };
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/* A file's name without its folder and last extension: what a result without a name is called. */
export function fileStem(name) {
  const base = String(name).split(/[\\/]/).pop();
  return base.replace(/\.[^.]*$/, "") || base;
}

/* The day `months` after an ISO day (YYYY-MM-DD); a day the target month lacks becomes its last day. */
export function addMonths(day, months) {
  const [year, month, date] = day.split("-").map(Number);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index % 12;
  const last = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const pad = (n, width = 2) => String(n).padStart(width, "0");
  return `${pad(targetYear, 4)}-${pad(targetMonth + 1)}-${pad(Math.min(date, last))}`;
}

/* One file ({name, text}) as a portfolio entry; throws an Error whose message says why it is refused. */
export function readEntry(data, questions, file) {
  const adopted = acceptResult(data, questions, file.text);
  const day = (adopted.saved || "").slice(0, 10);
  if (!DAY.test(day)) throw problem("it does not say when it was saved");
  return {
    file: file.name,
    subject: adopted.name || fileStem(file.name),
    date: day,
    saved: adopted.saved,
    side: adopted.side || "buyer",
    criticality: adopted.criticality || "",
    situation: adopted.situation,
    answers: adopted.answers,
    version: adopted.version,
    dropped: adopted.dropped,
  };
}

/* Every file read: the entries kept, the files refused ({file, reason}, the reason in t's words), the duplicates
 * ({file, of}: the same subject, side and date as `of`, which was saved later and counts) and the answers dropped
 * from older versions ({file, count, version}). */
export function collect(data, files, t = ENGLISH_WORDS) {
  const questions = questionIndex(data);
  const out = { entries: [], refused: [], duplicates: [], dropped: [] };
  const seen = new Map();
  for (const file of files) {
    let entry;
    try {
      entry = readEntry(data, questions, file);
    } catch (error) {
      out.refused.push({ file: file.name, reason: problemText(t, error) });
      continue;
    }
    const key = JSON.stringify([entry.subject, entry.side, entry.date]);
    const earlier = seen.get(key);
    if (earlier && earlier.saved >= entry.saved) {
      out.duplicates.push({ file: file.name, of: earlier.file });
      continue;
    }
    if (earlier) out.duplicates.push({ file: earlier.file, of: file.name });
    seen.set(key, entry);
  }
  out.entries = [...seen.values()];
  for (const entry of out.entries) {
    if (entry.dropped) out.dropped.push({ file: entry.file, count: entry.dropped, version: entry.version });
  }
  return out;
}

function byDate(a, b) {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : (a.saved < b.saved ? -1 : a.saved > b.saved ? 1 : 0);
}

/* One subject's results by side and date: its latest (buyer side first), history, review and two-sided gaps; its
 * flagged mistakes carry their severity in its situation, and `applicable` counts the mistakes that apply to it. */
function subjectOf(data, name, entries, options) {
  const buyer = entries.filter((entry) => entry.side === "buyer").sort(byDate);
  const vendor = entries.filter((entry) => entry.side === "vendor").sort(byDate);
  const history = buyer.length ? buyer : vendor;
  const latest = history[history.length - 1];
  const scope = options.scope(latest);
  const criticality = [...history].reverse().map((entry) => entry.criticality).find(Boolean) || "";
  const months = options.months[criticality || "medium"] ?? DEFAULT_REVIEW_MONTHS[criticality || "medium"];
  const nextReview = addMonths(latest.date, months);
  const counterpart = buyer.length && vendor.length ? vendor[vendor.length - 1] : null;
  const own = situated(data, withFixed(latest.situation || {}, data.fixed), severityFor);
  return {
    name,
    latest,
    history,
    criticality,
    nextReview,
    overdue: nextReview < options.today,
    scores: scoreAnswers(data, latest.answers, scope),
    flagged: recommend(own, latest.answers, scope)
      .map((entry) => ({ ...entry, severity: own.mistakes[entry.id].severity })),
    applicable: Object.keys(data.mistakes).filter((id) => !scope || !scope.hidden.has(id)).length,
    vendor: counterpart,
    gaps: counterpart ? answerGaps(data, latest.answers, counterpart.answers, scope) : [],
  };
}

/* The trend of a subject assessed more than once: its earliest result → the latest, per phase and
 * overall; null for a subject assessed once. */
export function trendOf(data, subject, scopeOf) {
  if (subject.history.length < 2) return null;
  const earlier = subject.history[0];
  const before = scoreAnswers(data, earlier.answers, scopeOf(earlier));
  const rows = data.checklists.map((checklist) => ({
    id: checklist.id, title: checklist.title,
    earlier: before.phases[checklist.id].score, latest: subject.scores.phases[checklist.id].score,
  }));
  rows.push({ id: "overall", title: "Overall", earlier: before.overall.score, latest: subject.scores.overall.score });
  return { from: earlier.date, to: subject.latest.date, rows };
}

/* The mistakes flagged in the latest results, most subjects first, then severity, then playbook order. */
export function sharedWeaknesses(data, subjects) {
  const found = new Map();
  for (const subject of subjects) {
    for (const entry of subject.flagged) {
      if (!found.has(entry.id)) found.set(entry.id, { id: entry.id, subjects: [] });
      found.get(entry.id).subjects.push(subject.name);
    }
  }
  const order = Object.keys(data.mistakes);
  const rank = (id) => data.severities.indexOf(data.mistakes[id].severity);
  return [...found.values()].sort((a, b) => b.subjects.length - a.subjects.length || rank(a.id) - rank(b.id) ||
    order.indexOf(a.id) - order.indexOf(b.id));
}

/* What applies to an entry: each result is scored in its own situation (with the answers the edition fixes). */
export function entryScope(data, entry) {
  return scopeOf(data, withFixed(entry.situation || {}, data.fixed), applies);
}

/* The whole portfolio from collected entries. `options`: {months (by criticality), today (YYYY-MM-DD)}.
 * Subjects in alphabetical order. */
export function rollUp(data, entries, options) {
  const settings = { months: DEFAULT_REVIEW_MONTHS, scope: (entry) => entryScope(data, entry), ...options };
  const groups = new Map();
  for (const entry of entries) {
    if (!groups.has(entry.subject)) groups.set(entry.subject, []);
    groups.get(entry.subject).push(entry);
  }
  const names = [...groups.keys()].sort((a, b) => a.localeCompare(b));
  const subjects = names.map((name) => subjectOf(data, name, groups.get(name), settings));
  const trends = subjects.map((subject) => ({ subject, trend: trendOf(data, subject, settings.scope) }))
    .filter((item) => item.trend);
  return { subjects, weaknesses: sharedWeaknesses(data, subjects), trends };
}
