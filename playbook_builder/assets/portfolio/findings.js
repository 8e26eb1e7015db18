/* The portfolio's findings as CSV: one row per subject and mistake flagged in its latest result, the action plan
 * across the portfolio. Pure: data in, text out; cells go through the assessment's formula-injection guard. */

import { csvCell } from "../assessment/csv.js";
import { slug } from "../assessment/result.js";
import { ENGLISH_WORDS, severityValue } from "../assessment/strings.js";

/* `portfolio` is what rollUp() returns; `t` gives the column names and the words in cells (dates stay ISO, ids
 * stay ids). Byte order mark and CRLF, as the action plan. */
export function findingsCsv(data, portfolio, t = ENGLISH_WORDS) {
  const rows = [[t("Subject"), t("Side"), t("Date"), t("Criticality"), t("Next review"), t("Overdue"), t("Mistake"),
    t("Title"), t("Severity"), t("Phase"), t("Flagged by")]];
  const sides = { buyer: t("buyer"), vendor: t("vendor") };
  for (const subject of portfolio.subjects) {
    for (const entry of subject.flagged) {
      const mistake = data.mistakes[entry.id];
      const phase = data.checklists.find((checklist) => checklist.id === mistake.checklist);
      rows.push([subject.name, sides[subject.latest.side] || subject.latest.side, subject.latest.date,
        severityValue(t, subject.criticality), subject.nextReview, subject.overdue ? t("yes") : t("no"), entry.id,
        mistake.title,
        severityValue(t, mistake.severity), phase ? phase.title : "",
        (entry.flags || []).map((flag) => t("%(id)s (level %(level)s of %(total)s)", flag)).join("; ")]);
    }
  }
  return "\ufeff" + rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

export function findingsName(data, day) {
  return `${slug(data.title)}-portfolio-findings-${day}.csv`;
}
