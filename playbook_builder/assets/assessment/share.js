/* Share links carry the answers (not names or notes) in the fragment, which browsers never send to a server:
 * `#answers=<version>;<ID>:<level>,...` with level 0 for "not applicable", then optionally `;` and the situation
 * in the situation script's short form (`size=small,vendor-kind=freelancer`). Links without it, made before
 * there was a situation, still read. Pure: strings in, data out. */

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

/* A link's fragment as a result ({version, name, entries, situation}) for adoptResult, where situation is the
 * short form ("" when the link has none); null when it cannot be read (cut short, edited, not a share link) or
 * holds neither answers nor a situation. */
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
