/* Where the law differs: each item's notes by jurisdiction (data-pb-law), folded. The reader's own jurisdiction
 * comes first and opens, with a mark; for France the EU note follows it, open too, since EU law applies there. The
 * others stay folded, in the order the content gives them. */

/* The order of the notes `keys` for a reader in `jurisdiction` (or none), and which of them open. */
export function lawOrder(keys, jurisdiction) {
  const first = [];
  if (jurisdiction && keys.includes(jurisdiction)) first.push(jurisdiction);
  if (jurisdiction === "fr" && keys.includes("eu")) first.push("eu");
  return { order: [...first, ...keys.filter((key) => !first.includes(key))], open: first };
}

/* On paper (a print view) the notes are plain paragraphs: the reader's own law prints, the others do not; with
 * no note for the reader's law, or no answer, they all print. */
function showOnPaper(notes, open) {
  for (const [key, note] of notes) note.hidden = open.length > 0 && !open.includes(key);
}

/* The notes of the page, once per page view: each group with its notes by jurisdiction, in the build's order. */
export function findLaw(doc) {
  return [...doc.querySelectorAll("[data-pb-law]")].map((group) => {
    const notes = [...group.querySelectorAll(":scope > [data-jurisdiction]")];
    return { group, keys: notes.map((note) => note.dataset.jurisdiction), notes: new Map(notes.map((n) => [n.dataset.jurisdiction, n])) };
  });
}

export function showLaw(found, jurisdiction) {
  for (const { group, keys, notes } of found) {
    const { order, open } = lawOrder(keys, jurisdiction);
    for (const key of order) group.appendChild(notes.get(key));
    if (!group.querySelector(":scope > details")) {
      showOnPaper(notes, open);
      continue;
    }
    for (const [key, note] of notes) {
      const own = open.includes(key);
      note.open = own;
      note.toggleAttribute("data-own", own);
      const mark = note.querySelector(".pb-law-note__own");
      if (mark) mark.hidden = key !== jurisdiction;
    }
  }
}
