/* Several named subjects in one browser: the current one's answers stay where the page has always kept them
 * (storage.js), and the others wait on a shelf, one stored result per subject, under
 * `playbook-assessment-subjects:<page path>`. A browser that kept a single assessment before keeps it as the
 * current subject, under its name: nothing is moved or lost. Pure, but for the storage passed in. */

import { slug } from "./result.js";

export const SHELF_PREFIX = "playbook-assessment-subjects:";
/* A shelf is read only up to this size; a larger text is taken as damaged. */
const LARGEST_SHELF = 4 * 1024 * 1024;

function isRecord(value) {
  return !!value && typeof value === "object" && !Array.isArray(value);
}

/* A name as it goes in a file name: "Acmé Ltd." -> "acme-ltd"; "" when nothing is left. */
export function nameSlug(name) {
  const plain = String(name || "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  return /[a-z0-9]/i.test(plain) ? slug(plain).slice(0, 60).replace(/-+$/, "") : "";
}

/* "assessment-acme-ltd-2026-12-07.json"; a quick check says so, and no name leaves the slug out. */
export function exportFileName(name, day, quick = false) {
  return ["assessment", nameSlug(name), quick && "quick-check", day].filter(Boolean).join("-") + ".json";
}

/* The shelf in a stored text: subject id -> stored result; anything malformed is left out. */
export function parseShelf(text) {
  if (typeof text !== "string" || !text || text.length > LARGEST_SHELF) return {};
  let shelf;
  try {
    shelf = JSON.parse(text);
  } catch (error) {
    return {};
  }
  if (!isRecord(shelf)) return {};
  return Object.fromEntries(Object.entries(shelf).filter(([id, result]) =>
    nameSlug(id) === id && id && isRecord(result) && isRecord(result.answers)));
}

/* A new shelf with `result` on it, under its name's slug (made unique: "acme-2"); `fallback` names a nameless one. */
export function shelve(shelf, result, fallback = "answers") {
  const base = nameSlug(result.name) || nameSlug(fallback) || "answers";
  let id = base;
  for (let n = 2; Object.hasOwn(shelf, id); n++) id = `${base}-${n}`;
  return { ...shelf, [id]: result };
}

/* The result shelved under `id` (null when none) and the shelf without it. */
export function unshelve(shelf, id) {
  if (!Object.hasOwn(shelf, id)) return { result: null, shelf };
  const rest = { ...shelf };
  delete rest[id];
  return { result: shelf[id], shelf: rest };
}

/* The shelved subjects to list, {id, name}, by name; a nameless one shows `fallback`. */
export function shelvedSubjects(shelf, fallback) {
  return Object.entries(shelf).map(([id, result]) => ({ id, name: result.name || fallback }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/* The shelf of the page at `pathname`, in `storage` (a Storage, or null: `memory`, a Map, holds it then). */
export class Shelf {
  constructor(storage, pathname, memory = new Map()) {
    this.storage = storage;
    this.key = SHELF_PREFIX + pathname.replace(/index\.html?$/, "");
    this.memory = memory;
  }

  read() {
    if (this.memory.has(this.key)) return this.memory.get(this.key);
    try {
      return this.storage ? parseShelf(this.storage.getItem(this.key)) : {};
    } catch (error) {
      return {};
    }
  }

  /* Keep the shelf; false when the browser refused to store it (it stays in memory for this window). */
  write(shelf) {
    this.memory.set(this.key, shelf);
    if (!this.storage) return false;
    try {
      if (Object.keys(shelf).length) this.storage.setItem(this.key, JSON.stringify(shelf));
      else this.storage.removeItem(this.key);
      return true;
    } catch (error) {
      return false;
    }
  }
}
