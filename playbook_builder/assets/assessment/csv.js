/* The action plan as CSV: one row per mitigation of every flagged mistake, with empty columns to fill in.
 * Pure: data in, text out. */

import { slug } from "./result.js";
import { ENGLISH_WORDS, severityValue } from "./strings.js";

export function csvCell(value) {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = "'" + text; // keep spreadsheets from running a cell as a formula
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/* `flagged` is what recommend() returns. Excel needs the byte order mark to read UTF-8, and CRLF is RFC 4180's. */
export function actionPlanCsv(data, flagged, t = ENGLISH_WORDS) {
  const rows = [[t("Mistake"), t("Severity"), t("Phase"), t("Mitigation"), t("Owner"), t("Due date")]];
  for (const entry of flagged) {
    const mistake = data.mistakes[entry.id];
    const phase = data.checklists.find((checklist) => checklist.id === mistake.checklist);
    for (const [action, owner] of mistake.mitigations) {
      rows.push([`${entry.id} ${mistake.title}`, severityValue(t, mistake.severity), phase ? phase.title : "", action,
        owner, ""]);
    }
  }
  return "\ufeff" + rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

export function actionPlanName(data, day) {
  return `${slug(data.title)}-action-plan-${day}.csv`;
}
