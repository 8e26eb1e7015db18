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

/* On paper (a print view) the notes are plain paragraphs after the lines to tick, and space is short: the reader's
 * own law prints (for France, the EU note where there is no French one). Until the reader says where they are, or
 * where no mistake of the sheet has a note for their law, one line names the mistakes that have notes. */
function showOnPaper(notes, open) {
  for (const [key, note] of notes) note.hidden = key !== open[0];
}

function showSheets(groups) {
  for (const sheet of new Set(groups.map(({ group }) => group.closest("[data-pb-law-sheet]")).filter(Boolean))) {
    const any = sheet.querySelector(":scope > [data-law-any]");
    if (any) any.hidden = sheet.querySelector("[data-jurisdiction]:not([hidden])") !== null;
  }
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
  showSheets(found);
}
