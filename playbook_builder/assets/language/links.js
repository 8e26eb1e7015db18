/* Where a language menu link leads: the same page in the other edition, at the same place on it. */

/* Query parameters that name words of this edition's language: the other edition's pages would not find them
 * (Material's search opens with `q`, and a search result asks its page to highlight `h`). */
const LANGUAGE_BOUND = ["q", "h"];

/* The address of the page at `current` in the edition whose home is `thereRoot`, with the query and the anchor
 * kept; `hereRoot` is the home of the edition `current` belongs to. Null when `current` is not in that edition. */
export function counterpartOf(current, hereRoot, thereRoot) {
  const page = new URL(current);
  const here = new URL(hereRoot);
  const target = new URL(thereRoot);
  if (page.origin !== here.origin || !page.pathname.startsWith(here.pathname)) return null;
  target.pathname = target.pathname + page.pathname.slice(here.pathname.length);
  const query = new URLSearchParams(page.search);
  for (const name of LANGUAGE_BOUND) query.delete(name);
  target.search = query.toString();
  target.hash = page.hash;
  return target.href;
}
