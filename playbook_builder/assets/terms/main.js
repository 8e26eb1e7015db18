/* Terms and the law, on the pages that use them: a term's definition hides on Escape, the law notes follow the
 * reader's jurisdiction (from the situation panel's answers, and on each change), and paper shows them unfolded.
 * The page links this script after the situation's, so the panel has started when this one asks for its answers. */

import { findLaw, showLaw } from "./law.js";
import { onEachPage } from "../situation/pages.js";

/* The law notes of the page view on screen. */
let laws = [];

function jurisdiction(answers) {
  if (answers) return answers.jurisdiction;
  const situation = window.playbookSituation;
  const current = situation ? situation.answers() : null;
  return current ? current.jurisdiction : undefined;
}

function start() {
  laws = findLaw(document);
  const where = jurisdiction();
  if (laws.length && where) showLaw(laws, where);
}

if (onEachPage("terms", start)) {
  document.addEventListener("playbook:situation", (event) => {
    if (laws.length && laws[0].group.isConnected) showLaw(laws, jurisdiction(event.detail && event.detail.answers));
  });

  // Paper shows every law note: a folded one would print as its heading alone.
  window.addEventListener("beforeprint", () => {
    for (const note of document.querySelectorAll("details.pb-law-note:not([open])")) {
      note.setAttribute("data-print-opened", "");
      note.open = true;
    }
  });
  window.addEventListener("afterprint", () => {
    for (const note of document.querySelectorAll("details[data-print-opened]")) {
      note.removeAttribute("data-print-opened");
      note.open = false;
    }
  });

  // A term's definition, shown on hover or focus, hides on Escape until the pointer or the focus leaves the term.
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    for (const term of document.querySelectorAll(".pb-term:hover, .pb-term:focus-within")) {
      term.classList.add("pb-term--dismissed");
    }
  });
  for (const type of ["focusout", "mouseout"]) {
    document.addEventListener(type, (event) => {
      const term = event.target.closest && event.target.closest(".pb-term--dismissed");
      if (term && !(event.relatedTarget && term.contains(event.relatedTarget))) term.classList.remove("pb-term--dismissed");
    });
  }
}
