/* What the situation changes on the rest of the page: the mistakes that do not apply get the class
 * pb-scope-hidden (nothing is removed), the notes next to the lists say how many are hidden and offer to show
 * them, and small-business notes move up under their mistake's summary for a small business. */

export const HIDDEN_CLASS = "pb-scope-hidden";
const MISTAKE_ID = /^[a-z]{2,5}-\d{1,3}$/;

function fragmentOf(link) {
  const href = link.getAttribute("href") || "";
  const at = href.indexOf("#");
  return at < 0 ? "" : href.slice(at + 1);
}

/* A mistake's section on a checklist page: its <h2> and every sibling up to the next <h2>. */
function sectionOf(heading) {
  const parts = [heading];
  for (let next = heading.nextElementSibling; next && next.tagName !== "H2"; next = next.nextElementSibling) {
    parts.push(next);
  }
  return parts;
}

/* Everything on the page that shows a restricted mistake, as {element, ids}: the element is hidden when every
 * mistake in ids is. Worked out once per page view; `restricted` is the ids of data-applies. */
export function findTargets(doc, restricted) {
  const targets = [];
  const content = doc.querySelector(".md-content") || doc.body;
  for (const id of restricted) {
    const anchor = id.toLowerCase();
    const heading = doc.getElementById(anchor);
    if (heading && heading.tagName === "H2" && content.contains(heading)) {
      for (const element of sectionOf(heading)) targets.push({ element, ids: [id] });
    }
    for (const link of doc.querySelectorAll(`.md-nav__link[href$="#${CSS.escape(anchor)}"]`)) {
      const item = link.closest("li");
      if (item) targets.push({ element: item, ids: [id] });
    }
  }
  const rows = new Map();
  for (const link of content.querySelectorAll('a[href*="#"]')) {
    const fragment = fragmentOf(link);
    const row = MISTAKE_ID.test(fragment) && link.closest("tr, li");
    if (!row || !content.contains(row) || row.closest("#pb-assessment, [data-pb-situation], [data-pb-start]")) continue;
    if (!rows.has(row)) rows.set(row, new Set());
    rows.get(row).add(fragment.toUpperCase());
  }
  for (const [element, ids] of rows) {
    if ([...ids].some((id) => restricted.has(id))) targets.push({ element, ids: [...ids] });
  }
  for (const element of doc.querySelectorAll("[data-mistake]")) {
    if (restricted.has(element.dataset.mistake)) targets.push({ element, ids: [element.dataset.mistake] });
  }
  return targets;
}

/* Parts that carry their own rule (a contract clause: data-rule-id and data-applies-when), found once per page
 * view; a rule that is not JSON restricts nothing. */
export function findRuled(doc) {
  return [...doc.querySelectorAll("[data-rule-id][data-applies-when]")].map((element) => {
    let rule = null;
    try {
      rule = JSON.parse(element.dataset.appliesWhen);
    } catch (error) {
      console.error(`Your situation: data-applies-when of ${element.dataset.ruleId} is not JSON (${error.message}).`);
    }
    return { element, id: element.dataset.ruleId, rule };
  });
}

/* Hide the ruled parts that do not apply, unless the reader chose to see everything; returns their ids. */
export function hideRuled(ruled, answers, revealed, applies) {
  const hidden = new Set();
  for (const { element, id, rule } of ruled) {
    const out = !applies(rule, answers);
    if (out) hidden.add(id);
    element.classList.toggle(HIDDEN_CLASS, out && !revealed);
  }
  return hidden;
}

/* Hide the targets whose mistakes are all hidden, unless the reader chose to see everything. */
export function hideTargets(targets, hidden, revealed) {
  for (const { element, ids } of targets) {
    element.classList.toggle(HIDDEN_CLASS, !revealed && ids.every((id) => hidden.has(id)));
  }
}

/* The notes next to the lists, each given its text and its Show all button once; `onToggle` runs on a press. */
export function bindNotes(doc, onToggle) {
  return [...doc.querySelectorAll("[data-scope-note]")].map((element) => {
    const text = doc.createElement("span");
    const button = doc.createElement("button");
    button.type = "button";
    button.className = "pb-scope-toggle";
    button.addEventListener("click", onToggle);
    element.replaceChildren(text, " ", button);
    return { element, text, button, kind: element.dataset.kind || "mistakes",
      ids: (element.dataset.mistakes || "").split(/\s+/).filter(Boolean) };
  });
}

/* `describe(count, total, revealed)` gives a note's sentence, `labels` the button's {showAll, hideAgain}. */
export function showNotes(notes, hidden, revealed, describe, labels) {
  for (const note of notes) {
    const count = note.ids.filter((id) => hidden.has(id)).length;
    note.element.hidden = count === 0;
    note.text.textContent = count ? describe(count, note.ids.length, revealed, note.kind) : "";
    note.button.textContent = revealed ? labels.hideAgain : labels.showAll;
    note.button.setAttribute("aria-pressed", String(revealed));
  }
}

/* The small-business notes (of mistakes and of contract clauses) with their mistake's summary paragraph, found once
 * per page view. */
export function findSmallNotes(doc) {
  return [...doc.querySelectorAll(".pb-small-business")].map((note) => ({
    note,
    summary: note.dataset.smallBusiness
      ? doc.querySelector(`p.pb-summary[data-summary="${CSS.escape(note.dataset.smallBusiness)}"]`) : null,
    home: null,
  }));
}

/* For a small business, each note right after its mistake's summary; otherwise where the build put it, and gone
 * for a reader who said the organisation is not small (`hide`). */
export function placeSmallNotes(notes, small, hide = false) {
  for (const entry of notes) {
    entry.note.classList.toggle(HIDDEN_CLASS, hide);
    if (small && entry.summary) {
      if (!entry.home) {
        entry.home = entry.note.ownerDocument.createComment(" small-business note ");
        entry.note.before(entry.home);
      }
      entry.summary.after(entry.note);
    } else if (entry.home) {
      entry.home.replaceWith(entry.note);
      entry.home = null;
    }
  }
}
