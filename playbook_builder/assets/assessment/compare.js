/* The comparison's differences and the share link: drawn only once the reader loads another result or opens the
 * tools, so this module comes with the tools script (assessment-tools), not with the page's first script. */

import { el } from "./dom.js";
import { answerGaps } from "./scoring.js";
import { situationGapText, situationGaps } from "./scope.js";
import { shareLink } from "./share.js";
import { say, scoreText, unsay } from "./view.js";

export function levelText(t, question, level) {
  return t("level %(level)s of %(total)s, “%(answer)s”",
    { level, total: question.levels.length, answer: question.levels[level - 1] });
}

/* The questions two levels or more apart (answerGaps()), by phase, with both sides' names and scores. */
export function showDifferences(ui, data, gaps, names, scores, other) {
  ui.diff.replaceChildren();
  if (!other) return;
  const t = ui.t;
  const [mine, theirs] = names;
  ui.diff.append(el("p", { class: "pb-as-diff-summary" }, gaps.length
    ? t.n("%(count)s question where “%(mine)s” and “%(theirs)s” are two levels or more apart: talk it through " +
      "before you sign.", "%(count)s questions where “%(mine)s” and “%(theirs)s” are two levels or more apart: talk " +
      "these through before you sign.", gaps.length, { mine, theirs })
    : t("“%(mine)s” and “%(theirs)s” are never two levels or more apart on the questions both answered.",
      { mine, theirs })));
  for (const checklist of data.checklists) {
    const here = gaps.filter((gap) => gap.question.checklist === checklist.id);
    if (!here.length) continue;
    const a = scores.phases[checklist.id].score;
    const b = other.phases[checklist.id].score;
    const list = el("ul", { class: "pb-as-diff-list" }, ...here.map((gap) => el("li", {},
      el("strong", {}, `${gap.question.id} `), gap.question.text,
      el("span", { class: "pb-as-side pb-as-s1" },
        t("%(name)s: %(level)s", { name: mine, level: levelText(t, gap.question, gap.a) })),
      el("span", { class: "pb-as-side pb-as-s2" },
        t("%(name)s: %(level)s", { name: theirs, level: levelText(t, gap.question, gap.b) })))));
    ui.diff.append(
      el("h3", { class: "pb-as-diff-phase" }, checklist.title),
      el("p", { class: "pb-as-hint" }, t.n("%(count)s question apart · phase score %(mine)s %(a)s, %(theirs)s %(b)s",
        "%(count)s questions apart · phase score %(mine)s %(a)s, %(theirs)s %(b)s", here.length,
        { mine, theirs, a: scoreText(a, t), b: scoreText(b, t) })),
      list);
  }
}

/* The panel's fact questions and option labels, to name them. */
export function situationLabels(assessment) {
  const api = assessment.situationApi;
  return (api && api.labels()) || { questions: {}, options: {} };
}

export function linkTo(assessment) {
  const api = assessment.situationApi;
  const part = api ? api.encode(assessment.situation, situationLabels(assessment).options) : "";
  return shareLink(location.href, assessment.data, assessment.state.answers, part);
}

/* Both sides' differences: the questions apart and the situations' facts that differ. */
export function drawDifferences(assessment) {
  const { ui, data, other } = assessment;
  const names = assessment.names();
  const gaps = answerGaps(data, assessment.state.answers, other.answers, assessment.scoped);
  showDifferences(ui, data, gaps, names, assessment.scores, assessment.otherScores);
  const labels = situationLabels(assessment);
  const apart = situationGaps(assessment.situation, other.situation, Object.keys(labels.options));
  const text = situationGapText(apart, labels, names, ui.t);
  if (text) say(ui, "compare-situation", "warn", text);
  else unsay(ui, "compare-situation");
}
