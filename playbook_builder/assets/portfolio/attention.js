/* Who needs attention first: the order the portfolio page and `playbook report` (portfolio/attention.py) both put
 * subjects in. Pure; tests/fixtures/attention-cases.json checks that the two give the same order. */

/* Most critical vendors first; a subject whose result gives no criticality counts as medium, as for reviews. */
const CRITICALITY_RANK = { high: 0, medium: 1, low: 2 };
/* The mistakes shown under each subject, and the subjects shown before the list is folded. */
export const TOP_GAPS = 3;
export const SHOWN_FIRST = 5;

function rank(criticality) {
  return CRITICALITY_RANK[criticality] ?? CRITICALITY_RANK.medium;
}

/* A subject without a score (nothing that applies was answered) comes after every scored one. */
function scoreKey(score) {
  return score === null || score === undefined ? 101 : score;
}

/* Compare two concerns ({criticality, critical, score, overdue}): the most critical vendor, then the most critical
 * findings, then the lowest score, then an overdue review first. Ties keep their order (the sort is stable). */
export function compareConcerns(a, b) {
  return rank(a.criticality) - rank(b.criticality) || b.critical - a.critical ||
    scoreKey(a.score) - scoreKey(b.score) || Number(b.overdue) - Number(a.overdue);
}

export function attentionOrder(concerns) {
  return [...concerns].sort(compareConcerns);
}

/* The concern of a subject that rollUp() returns. */
export function concernOf(subject) {
  return {
    name: subject.name,
    criticality: subject.criticality,
    critical: subject.flagged.filter((entry) => entry.severity === "critical").length,
    score: subject.scores.overall.score,
    overdue: subject.overdue,
    subject,
  };
}

/* The portfolio's subjects, the one that needs attention first at the top, each with its top gaps. */
export function needsAttention(portfolio) {
  return attentionOrder(portfolio.subjects.map(concernOf))
    .map((concern) => ({ ...concern, gaps: concern.subject.flagged.slice(0, TOP_GAPS) }));
}
