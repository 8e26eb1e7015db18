/* Where the answers are kept: localStorage under the site's key, plus a copy in memory. The script lives on across
 * Material's instant navigation, so the memory copy carries the answers from page to page even when the browser
 * refuses to store them. */

import { parseSituation, serialiseSituation, situationKey } from "./saved.js";

const remembered = new Map();

/* localStorage, or null when the browser refuses it (some only refuse on first use). */
export function situationStorage() {
  try {
    const storage = window.localStorage;
    storage.getItem(situationKey("/"));
    return storage;
  } catch (error) {
    return null;
  }
}

export class SituationStore {
  /* `storage` is a Storage or null; `pathname` that of the site's root. */
  constructor(storage, pathname) {
    this.storage = storage;
    this.key = situationKey(pathname);
  }

  /* The answers last written during the script's life, else the stored ones, cleaned against the facts. */
  read(facts, fixed) {
    if (remembered.has(this.key)) return parseSituation(remembered.get(this.key), facts, fixed);
    if (!this.storage) return {};
    try {
      return parseSituation(this.storage.getItem(this.key), facts, fixed);
    } catch (error) {
      return {};
    }
  }

  /* Keep the answers in memory and store them; false when only memory holds them. */
  write(answers) {
    const value = serialiseSituation(answers);
    remembered.set(this.key, value);
    if (!this.storage) return false;
    try {
      if (Object.keys(answers).length) this.storage.setItem(this.key, value);
      else this.storage.removeItem(this.key);
      return true;
    } catch (error) {
      return false;
    }
  }
}
