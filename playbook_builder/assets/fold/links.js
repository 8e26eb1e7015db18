/* Which mistakes a reader arriving at or moving within a checklist page wants open: pure functions of addresses
 * and text, so that node's test runner can check them. */

/* The address's path without a trailing index.html: "./#x" and "index.html#x" name the same page. */
function pageOf(url) {
  return url.origin + url.pathname.replace(/index\.html$/, "");
}

/* The fragment (decoded, without "#") that `href` points at on the page at `here`, or "" when it leads to another
 * page or to no fragment. */
export function fragmentHere(href, here) {
  let url;
  try {
    url = new URL(href, here);
  } catch {
    return "";
  }
  if (url.hash.length < 2 || pageOf(url) !== pageOf(new URL(here))) return "";
  try {
    return decodeURIComponent(url.hash.slice(1));
  } catch {
    return url.hash.slice(1);
  }
}

/* The words of a search that led here: Material's search adds them as `h=` to the result's address (lower case,
 * one letter words left out: they would match everything). */
export function searchWords(search) {
  const query = new URLSearchParams(search).get("h") || "";
  return query.toLowerCase().split(/[\s\-,:!=[\]()"/]+/).filter((word) => word.length > 1);
}

/* Whether `text` holds any of `words` (the prefix matching of Material's search: "sample" finds "samples"). */
export function mentions(text, words) {
  if (!words.length) return false;
  const lower = text.toLowerCase();
  return words.some((word) => lower.includes(word));
}

/* Whether a mistake starts open: always on a wide screen, and on a narrow one when the address points into it or,
 * without a fragment, when it holds the words searched for. */
export function startsOpen({ narrow, target, holdsTarget, mentioned }) {
  if (!narrow) return true;
  return target ? holdsTarget : mentioned;
}

/* The "fold all" button's label and action: open them all while any is folded, else fold them all. */
export function allAction(openStates) {
  return openStates.some((open) => !open) ? "open" : "fold";
}
