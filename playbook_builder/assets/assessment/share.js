/* Share links carry the answers (not names or notes) in the fragment, which browsers never send to a server:
 * `#answers=<version>;<ID>:<level>,...` with level 0 for "not applicable". Pure: strings in, data out. */

export const SHARE_HASH = "#answers=";
const SHARED = /^(\d+\.\d+\.\d+);([A-Z]{2,5}-Q\d{1,3}:\d{1,2}(?:,[A-Z]{2,5}-Q\d{1,3}:\d{1,2})*)$/;

/* The link to the page at `href` holding the answers, in playbook order. */
export function shareLink(href, data, answers) {
  const pairs = data.questions
    .filter((question) => answers[question.id] !== undefined)
    .map((question) => `${question.id}:${answers[question.id]}`);
  return href.split("#")[0] + SHARE_HASH + data.version + ";" + pairs.join(",");
}

export function isShareHash(hash) {
  return hash.startsWith(SHARE_HASH);
}

/* A link's fragment as a result ({version, name, entries}) for adoptResult, or null when it cannot be read
 * (cut short, edited, or not a share link). */
export function decodeShare(hash) {
  let text;
  try {
    text = decodeURIComponent(hash.slice(SHARE_HASH.length));
  } catch (error) {
    return null;
  }
  const match = isShareHash(hash) && SHARED.exec(text);
  if (!match) return null;
  const entries = {};
  for (const pair of match[2].split(",")) {
    const [id, level] = pair.split(":");
    entries[id] = { level: Number(level) };
  }
  return { version: match[1], name: "", entries };
}

export function sameAnswers(a, b) {
  const ids = Object.keys(a);
  return ids.length === Object.keys(b).length && ids.every((id) => a[id] === b[id]);
}
