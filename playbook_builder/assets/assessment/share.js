/* Share links carry the answers (no names or notes) in the fragment, never sent to a server:
 * `#answers=<version>;<ID>:<level>,...` (0: "not applicable"), then optionally `;size=small,vendor-kind=x` (the
 * situation). Pure. */

export const SHARE_HASH = "#answers=";
const PAIRS = "[A-Z]{2,5}-Q\\d{1,3}:\\d{1,2}(?:,[A-Z]{2,5}-Q\\d{1,3}:\\d{1,2})*";
const SCOPED = "[a-z0-9-]+=[a-z0-9-]+(?:,[a-z0-9-]+=[a-z0-9-]+)*";
const SHARED = new RegExp(`^(\\d+\\.\\d+\\.\\d+);(${PAIRS})?(?:;(${SCOPED}))?$`);

/* The link to the page at `href` holding the answers, in playbook order, and the situation's short form. */
export function shareLink(href, data, answers, situation = "") {
  const pairs = data.questions
    .filter((question) => answers[question.id] !== undefined)
    .map((question) => `${question.id}:${answers[question.id]}`);
  return href.split("#")[0] + SHARE_HASH + data.version + ";" + pairs.join(",") + (situation ? ";" + situation : "");
}

export function isShareHash(hash) {
  return hash.startsWith(SHARE_HASH);
}

/* A link's fragment as a result for adoptResult ({version, name, entries, situation: short form or ""}); null when
 * it cannot be read or holds nothing. */
export function decodeShare(hash) {
  let text;
  try {
    text = decodeURIComponent(hash.slice(SHARE_HASH.length));
  } catch (error) {
    return null;
  }
  const match = isShareHash(hash) && SHARED.exec(text);
  if (!match || (!match[2] && !match[3])) return null;
  const entries = {};
  for (const pair of match[2] ? match[2].split(",") : []) {
    const [id, level] = pair.split(":");
    entries[id] = { level: Number(level) };
  }
  return { version: match[1], name: "", entries, situation: match[3] || "" };
}

export function sameAnswers(a, b) {
  const ids = Object.keys(a);
  return ids.length === Object.keys(b).length && ids.every((id) => a[id] === b[id]);
}
