/* Accent folding for search: "réversibilité", "reversibilite" and "RÉVERSIBILITÉ" become one word, "œuvre" and
 * "oeuvre" too. The search worker folds every word of the index and of the query the same way, so a reader finds
 * a page whether or not they type the accents; the results still show the page's own words, accents and all. */

const MARKS = /\p{Mn}/gu;
const LIGATURES = { "œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE" };

/* `text` without its accents: decomposed (NFD), its combining marks dropped, œ and æ written out. */
export function fold(text) {
  return String(text).normalize("NFD").replace(MARKS, "").replace(/[œŒæÆ]/g, (found) => LIGATURES[found]);
}

/* The words the search highlighted in a result (its title, text and tags hold them in <mark>). */
export function markedWords(item) {
  const fields = [item.title, item.text, ...(Array.isArray(item.tags) ? item.tags : [])];
  const words = [];
  for (const field of fields) {
    if (typeof field !== "string") continue;
    for (const found of field.matchAll(/<mark>([^<]*)<\/mark>/g)) words.push(found[1]);
  }
  return words;
}

/* The start of `word` that folds to at least `term`'s length, with the accents that follow it ("révers" for
 * "revers"): the page then highlights every word that starts the same. */
function accentedStart(word, term) {
  let end = 0;
  while (end < word.length && fold(word.slice(0, end).toLowerCase()).length < term.length) end += 1;
  while (end < word.length && /\p{Mn}/u.test(word[end])) end += 1;
  return word.slice(0, end);
}

/* A result's query terms named as the page writes them, not as the folded query said them: the theme shows the
 * unmatched ones ("Missing: ...") and asks the page it opens to highlight the matched ones, which it finds only
 * with their accents. `typed` is the query as the reader typed it. */
export function restoreTerms(terms, marked, typed) {
  const asTyped = new Map();
  for (const word of String(typed).toLowerCase().split(/[^\p{L}\p{N}\p{M}]+/u)) {
    if (word) asTyped.set(fold(word), word);
  }
  const restored = {};
  for (const [term, found] of Object.entries(terms)) {
    const shown = found && marked.find((word) => fold(word.toLowerCase()).startsWith(term));
    const name = shown ? accentedStart(shown, term).toLowerCase() : asTyped.get(term) ?? term;
    restored[name] = Boolean(restored[name]) || found;
  }
  return restored;
}
