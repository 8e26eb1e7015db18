/* The portfolio's findings as CSV: one row per subject and mistake flagged in its latest result, the action plan
 * across the portfolio. Pure: data in, text out; cells go through the assessment's formula-injection guard. */

import { csvCell } from "../assessment/csv.js";
import { slug } from "../assessment/result.js";

const FINDINGS_HEADER = ["Subject", "Side", "Date", "Criticality", "Next review", "Overdue", "Mistake", "Title",
  "Severity", "Phase", "Flagged by"];

/* `portfolio` is what rollUp() returns. Byte order mark and CRLF, as the action plan. */
export function findingsCsv(data, portfolio) {
  const rows = [FINDINGS_HEADER];
  for (const subject of portfolio.subjects) {
    for (const entry of subject.flagged) {
      const mistake = data.mistakes[entry.id];
      const phase = data.checklists.find((checklist) => checklist.id === mistake.checklist);
      rows.push([subject.name, subject.latest.side, subject.latest.date, subject.criticality, subject.nextReview,
        subject.overdue ? "yes" : "no", entry.id, mistake.title, mistake.severity, phase ? phase.title : "",
        entry.by.join("; ")]);
    }
  }
  return "\ufeff" + rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

export function findingsName(data, day) {
  return `${slug(data.title)}-portfolio-findings-${day}.csv`;
}
