/* The search worker: Material's own, made accent-insensitive. The page names this script as the theme's search
 * worker, with the theme's worker file after the "#"; it folds the accents out of every query before the theme's
 * worker reads it, and out of every word the index holds (a step in front of lunr's pipelines, which keeps each
 * word's place in the page, so the results show and highlight the page's own accented words). Everything the
 * worker loads is the theme's, from the site itself.
 *
 * It lives beside the theme's worker, in the same folder: the theme's worker loads its language files from there,
 * and, when the site is opened from files, finds that folder from the first script of its frame, this one. */

import { fold, markedWords, restoreTerms } from "./fold.js";

const SETUP = 0;
const QUERY = 2;
const RESULT = 3;
const THEME_WORKER = /^search\.[\w-]+\.min\.js$/;

/* This script's address: a worker's own, or the script's in the frame the theme uses when opened from files. */
function ownAddress() {
  const script = typeof document === "undefined" ? null : document.querySelector("script[src]");
  return new URL(script ? script.src : self.location.href);
}

/* lunr's pipelines fold each word before their own steps, both when the index is made and when a query runs. */
function foldWords(lunr) {
  if (!lunr || !lunr.Pipeline || lunr.Pipeline.prototype.run.folds) return;
  const run = lunr.Pipeline.prototype.run;
  const folding = function (tokens) {
    for (const token of tokens) token.update((word) => fold(word));
    return run.call(this, tokens);
  };
  folding.folds = true;
  lunr.Pipeline.prototype.run = folding;
}

let typed = "";

/* Registered before the theme's worker registers its own, so this one sees each message first. */
addEventListener("message", (event) => {
  const message = event.data;
  if (!message) return;
  if (message.type === SETUP) foldWords(self.lunr);
  if (message.type === QUERY && typeof message.data === "string") {
    typed = message.data;
    message.data = fold(message.data);
  }
});

const post = self.postMessage.bind(self);
self.postMessage = (message, ...rest) => {
  if (message && message.type === RESULT && message.data && Array.isArray(message.data.items)) {
    for (const group of message.data.items) {
      for (const item of group) item.terms = restoreTerms(item.terms || {}, markedWords(item), typed);
    }
  }
  return post(message, ...rest);
};

const own = ownAddress();
const theme = decodeURIComponent(own.hash.slice(1));
if (!THEME_WORKER.test(theme)) throw new Error(`playbook search: no theme worker named after "#" in ${own.href}`);
// A worker loads it at once; the frame used from files loads it later, and SETUP then folds (see above).
Promise.resolve(importScripts(new URL(theme, own).href)).then(() => foldWords(self.lunr));
