/* The reader's answers as they are kept and shared: the value stored in the browser, and the short form a share
 * link carries (`size=small,vendor-kind=freelancer`). Pure: strings in, data out, no DOM. */

import { cleanAnswers } from "./rules.js";

export const SITUATION_FORMAT = "playbook-situation";
export const SITUATION_PREFIX = "playbook-situation:";
const SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";
const ID = new RegExp(`^${SLUG}$`);
const PART = new RegExp(`^${SLUG}=${SLUG}(?:,${SLUG}=${SLUG})*$`);

/* The storage key of a site: one per site root, so every page of a site shares the answers. `pathname` is that
 * of new URL(data-site-root, location.href); a trailing index.html does not count. */
export function situationKey(pathname) {
  return SITUATION_PREFIX + pathname.replace(/index\.html?$/, "");
}

/* The stored value: `{"format": "playbook-situation", "answers": {...}}`. */
export function serialiseSituation(answers) {
  return JSON.stringify({ format: SITUATION_FORMAT, answers });
}

/* A stored value's answers, cleaned against the facts; {} when the value is missing, unreadable or foreign. */
export function parseSituation(text, facts, fixed = {}) {
  if (typeof text !== "string") return {};
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {};
  }
  if (!value || value.format !== SITUATION_FORMAT) return {};
  return cleanAnswers(value.answers, facts, fixed);
}

/* The answers as a share link's part, in the facts' order when `facts` is given; "" when there are none. */
export function encodeSituation(answers, facts = {}) {
  const order = [...new Set([...Object.keys(facts), ...Object.keys(answers)])];
  return order
    .filter((fact) => ID.test(fact) && typeof answers[fact] === "string" && ID.test(answers[fact]))
    .map((fact) => `${fact}=${answers[fact]}`)
    .join(",");
}

/* A share link's part back as answers (not yet cleaned against the facts); null when it is not one. */
export function decodeSituation(text) {
  if (typeof text !== "string" || !PART.test(text)) return null;
  const answers = {};
  for (const pair of text.split(",")) {
    const [fact, option] = pair.split("=");
    answers[fact] = option;
  }
  return answers;
}
