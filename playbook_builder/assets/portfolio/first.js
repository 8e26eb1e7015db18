/* "Needs attention first", the top of the portfolio's results: the subjects in the order attention.js gives, each
 * with why it is there and its top gaps linked to the playbook; the first few shown, the others folded below. */

import { el } from "../assessment/dom.js";
import { ENGLISH_WORDS, severityValue } from "../assessment/strings.js";
import { needsAttention, SHOWN_FIRST } from "./attention.js";
import { mistakeHref, scoreText, section } from "./parts.js";

/* Why a subject is where it is: its criticality, score, critical findings, mistakes flagged and review. */
function whyText(concern, t) {
  const { subject } = concern;
  const parts = [subject.criticality
    ? t("criticality: %(value)s", { value: severityValue(t, subject.criticality) })
    : t("criticality not given (medium)")];
  parts.push(concern.score === null ? t("no overall score") : t("overall score %(score)s of 100",
    { score: scoreText(concern.score, t) }));
  if (concern.critical) {
    parts.push(t.n("%(count)s critical mistake", "%(count)s critical mistakes", concern.critical));
  }
  parts.push(t("%(count)s of %(total)s mistakes flagged", { count: subject.flagged.length, total: subject.applicable }));
  if (subject.overdue) parts.push(t("review overdue since %(day)s", { day: t.day(subject.nextReview) }));
  return parts.join(" · ");
}

function gapItem(data, links, entry, t) {
  const mistake = data.mistakes[entry.id];
  return el("li", {}, el("a", { href: mistakeHref(data, links, entry.id) }, `${entry.id} · ${mistake.title}`),
    ` (${severityValue(t, entry.severity || mistake.severity)})`);
}

function concernItem(data, links, concern, t) {
  const flagged = concern.subject.flagged.length;
  return el("li", { class: "pb-pf-concern", "data-subject": concern.name },
    el("strong", { class: "pb-pf-name" }, concern.name), el("p", { class: "pb-pf-why" }, whyText(concern, t)),
    concern.gaps.length
      ? el("ul", { "aria-label": t("Top gaps of %(name)s", { name: concern.name }) },
        ...concern.gaps.map((entry) => gapItem(data, links, entry, t)))
      : el("p", {}, t("No mistake flagged.")),
    flagged > concern.gaps.length
      ? el("p", { class: "pb-pf-more" }, t("The top %(shown)s of %(count)s; the findings download lists them all.",
        { shown: concern.gaps.length, count: flagged }))
      : null);
}

/* The section; its heading is where the page moves focus once results are loaded. */
export function attentionSection(data, portfolio, links, t = ENGLISH_WORDS) {
  const order = needsAttention(portfolio);
  const first = order.slice(0, SHOWN_FIRST);
  const rest = order.slice(SHOWN_FIRST);
  const list = (items, start) => el("ol", { class: "pb-pf-first-list", start: String(start) },
    ...items.map((concern) => concernItem(data, links, concern, t)));
  return section("pb-pf-first", t("Needs attention first"),
    t("The most critical vendors first, then those with critical mistakes or the lowest score, then those overdue " +
      "for review. Under each, its most severe gaps."),
    list(first, 1),
    rest.length ? el("p", { class: "pb-pf-cut" }, t("Showing %(shown)s of %(total)s subjects; the others follow in " +
      "the same order below.", { shown: first.length, total: order.length })) : null,
    rest.length ? el("details", { class: "pb-pf-rest" },
      el("summary", {}, t.n("Show the other %(count)s subject", "Show the other %(count)s subjects", rest.length)),
      list(rest, SHOWN_FIRST + 1)) : null);
}
