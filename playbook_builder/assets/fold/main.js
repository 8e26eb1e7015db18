/* Mistakes that fold on checklist pages. Each mistake's body (.pb-fold) follows its <h2>; this script puts a
 * button with aria-expanded in the heading, so that a phone reader sees the list of headings and opens what they
 * need. Without the script everything stays open, and the headings, their anchors, the table of contents and the
 * search index are the build's own. A folded body is hidden "until found": the browser's find in page opens it.
 *
 * Folded at first on a narrow screen, open on a wide one; the address opens its mistake (on load, after instant
 * navigation, on a link within the page and on hashchange), so does a search result, and paper shows them all. */

import { allAction, fragmentHere, mentions, searchWords, startsOpen } from "./links.js";
import { onEachPage } from "../situation/pages.js";

const NARROW = "(max-width: 59.9375em)";

/* The folds of the page view on screen, as {heading, body, button}, and its "fold all" button. */
let folds = [];
let allButton = null;

function isOpen(fold) {
  return fold.button.getAttribute("aria-expanded") === "true";
}

function setOpen(fold, open) {
  fold.button.setAttribute("aria-expanded", String(open));
  if (open) fold.body.removeAttribute("hidden");
  else fold.body.setAttribute("hidden", "until-found");
}

/* The label follows the mistakes the reader can see: those the situation hides do not count. */
function showAll() {
  if (!allButton) return;
  const action = allAction(folds.filter((f) => !f.heading.classList.contains("pb-scope-hidden")).map(isOpen));
  allButton.textContent = allButton.getAttribute(action === "open" ? "data-open-label" : "data-fold-label") || "";
  allButton.dataset.action = action;
}

/* The heading's words move into a button; its permanent link stays beside it. */
function foldOf(body) {
  const heading = body.previousElementSibling;
  if (!heading || heading.tagName !== "H2") return null;
  let button = heading.querySelector(":scope > .pb-fold__button");
  if (!button) {
    button = document.createElement("button");
    button.type = "button";
    button.className = "pb-fold__button";
    button.setAttribute("aria-controls", body.id);
    for (const node of [...heading.childNodes]) {
      if (!(node.nodeType === 1 && node.classList.contains("headerlink"))) button.append(node);
    }
    heading.prepend(button);
    heading.classList.add("pb-fold-heading");
  }
  const fold = { heading, body, button };
  button.addEventListener("click", () => {
    setOpen(fold, !isOpen(fold));
    showAll();
  });
  body.addEventListener("beforematch", () => {
    setOpen(fold, true);
    showAll();
  });
  return fold;
}

/* The element a fragment names, and the fold that holds it (its heading's or its body's). */
function located(fragment) {
  const target = fragment ? document.getElementById(fragment) : null;
  const fold = target ? folds.find((f) => f.heading === target || f.body.contains(target)) : null;
  return { target, fold };
}

/* Open the mistake that holds the fragment's target, and bring the target into view when asked. */
function reveal(fragment, scroll) {
  const { target, fold } = located(fragment);
  if (!fold) return;
  if (!isOpen(fold)) {
    setOpen(fold, true);
    showAll();
  }
  if (scroll) target.scrollIntoView();
}

function start() {
  folds = [...document.querySelectorAll(".md-content .pb-fold[id]")].map(foldOf).filter(Boolean);
  allButton = document.querySelector(".md-content [data-fold-all]");
  if (!folds.length) return;
  const narrow = window.matchMedia(NARROW).matches;
  const fragment = fragmentHere(location.hash, location.href);
  const { target, fold: targeted } = located(fragment);
  const words = searchWords(location.search);
  for (const fold of folds) {
    setOpen(fold, startsOpen({ narrow, target: Boolean(target), holdsTarget: fold === targeted,
      mentioned: mentions(fold.heading.textContent + " " + fold.body.textContent, words) }));
  }
  if (allButton) {
    allButton.addEventListener("click", () => {
      const open = allButton.dataset.action === "open";
      for (const fold of folds) setOpen(fold, open);
      showAll();
    });
    allButton.parentElement.hidden = false;
  }
  showAll();
  // The folds above it have just closed: the target has moved since the browser scrolled to it.
  if (targeted && narrow) requestAnimationFrame(() => target.scrollIntoView());
}

if (onEachPage("fold", start)) {
  // A link within the page opens its mistake before the browser (or Material) scrolls to it.
  document.addEventListener("click", (event) => {
    const link = event.target.closest && event.target.closest("a[href*='#']");
    if (link && folds.length) reveal(fragmentHere(link.getAttribute("href"), location.href), false);
  }, true);
  window.addEventListener("hashchange", () => reveal(fragmentHere(location.hash, location.href), true));
  document.addEventListener("playbook:situation", () => showAll());
  // Paper shows every mistake; the reader's folds come back afterwards.
  window.addEventListener("beforeprint", () => {
    for (const fold of folds) {
      if (isOpen(fold)) continue;
      fold.body.setAttribute("data-print-opened", "");
      setOpen(fold, true);
    }
  });
  window.addEventListener("afterprint", () => {
    for (const fold of folds) {
      if (!fold.body.hasAttribute("data-print-opened")) continue;
      fold.body.removeAttribute("data-print-opened");
      setOpen(fold, false);
    }
    showAll();
  });
}
