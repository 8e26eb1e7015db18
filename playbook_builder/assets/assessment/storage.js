/* Answers in localStorage under `playbook-assessment:<page path>@<version>`, and in memory, which carries them (and
 * comparisons) across instant navigation when the browser refuses to store them. */

import { parseResult } from "./result.js";

export const STORAGE_PREFIX = "playbook-assessment:";
const memory = new Map();
const comparisons = new Map();

/* localStorage, or null when the browser refuses it (some only refuse on first use). */
export function openStorage() {
  try {
    const storage = window.localStorage;
    storage.getItem(STORAGE_PREFIX);
    return storage;
  } catch (error) {
    return null;
  }
}

export function isQuota(error) {
  return !!error && (error.name === "QuotaExceededError" || error.name === "NS_ERROR_DOM_QUOTA_REACHED" ||
    error.code === 22 || error.code === 1014);
}

export class AnswerStore {
  /* `storage` is a Storage or null (nothing persists beyond the page's life then). */
  constructor(storage, pathname, version) {
    this.storage = storage;
    this.base = STORAGE_PREFIX + pathname.replace(/index\.html?$/, "") + "@";
    this.key = this.base + version;
  }

  /* The state last saved during this page's life, if any: it wins over the stored copy. */
  remembered() {
    return memory.has(this.key) ? JSON.parse(memory.get(this.key)) : null;
  }

  /* A stored result, parsed; null when missing, unreadable or malformed. */
  read(key) {
    if (!this.storage) return null;
    try {
      const text = this.storage.getItem(key);
      return text === null ? null : parseResult(text);
    } catch (error) {
      return null;
    }
  }

  /* The newest result saved for another version, with its key; null when none. */
  older() {
    if (!this.storage) return null;
    let found = null;
    try {
      for (let index = 0; index < this.storage.length; index++) {
        const key = this.storage.key(index);
        if (!key || !key.startsWith(this.base) || key === this.key) continue;
        const result = this.read(key);
        if (result && (!found || result.saved > found.result.saved)) found = { key, result };
      }
    } catch (error) {
      return null;
    }
    return found;
  }

  /* Keep the state in memory, store it serialized; "" when stored, else "blocked", "full" or "refused". */
  write(state, serialized) {
    memory.set(this.key, JSON.stringify(state));
    if (!this.storage) return "blocked";
    try {
      this.storage.setItem(this.key, JSON.stringify(serialized));
      return "";
    } catch (error) {
      return isQuota(error) ? "full" : "refused";
    }
  }

  remove(key) {
    if (!this.storage) return;
    try {
      this.storage.removeItem(key);
    } catch (error) {
      /* the old copy stays; nothing reads it once a newer one exists */
    }
  }

  clear() {
    memory.delete(this.key);
    this.remove(this.key);
  }

  get comparison() {
    return comparisons.get(this.key) || null;
  }

  set comparison(other) {
    if (other) comparisons.set(this.key, other);
    else comparisons.delete(this.key);
  }
}
