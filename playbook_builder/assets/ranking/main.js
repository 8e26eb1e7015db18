/* What ranks for the reader, on the pages that list mistakes (Start here, all mistakes, a checklist): the reader's
 * mistakes come first and are marked, the counts follow what is shown, and a link that arrives with a situation sets
 * it. Kept apart from the situation script, which every page with a panel loads (the self-assessment too), so those
 * pages carry none of this.
 *
 * The situation script (assets/situation/) answers through `window.playbookSituation` and fires
 * `playbook:situation-shown` each time it has shown the page for the answers; this script follows. Its words are
 * the panel's (data-strings). */

import { readStrings } from "../assessment/strings.js";
import { onEachPage } from "../situation/pages.js";
import { ARRIVAL_PARAM, addressWithoutSituation, arrivalSituation } from "./arrival.js";
import { findRanked, showCounts, showRanked } from "./lists.js";
import { findStart, showStart } from "./start.js";

/* This page view's lists, looked up the first time the answers ask for them. */
let view = null;

function follow() {
  const api = window.playbookSituation;
  const answers = api ? api.answers() : null;  // starts the panel if its turn has not come yet
  const root = document.querySelector("[data-pb-situation]");
  if (!answers || !root) return;
  if (!view || !view.root.isConnected) view = { root, lists: null, start: null, t: readStrings(root) };
  if (!Object.keys(answers).length && !view.lists) return;  // nothing answered yet: the page stays as built
  const { severity, applies } = api.rules();
  view.lists = view.lists || findRanked(document);
  view.start = view.start || findStart(document);
  showRanked(view.lists, severity, applies, answers, view.t);
  showCounts(view.lists, view.t, document);
  if (view.start) showStart(view.start, severity, applies, answers, view.t);
}

/* A link that carries a situation: its answers replace the reader's and are saved, and the address bar and the
 * theme's links to this page (its table of contents, written in full) lose them, so that a reload or a click there
 * does not set them again. */
function arrive() {
  if (!new URLSearchParams(location.search).has(ARRIVAL_PARAM) || !window.playbookSituation) return;
  const arrived = arrivalSituation(location.search);
  if (arrived) {
    window.playbookSituation.replace(arrived);
    const box = document.querySelector("[data-pb-situation] details[open]");  // the summary line says what was set
    if (box) box.open = false;
  }
  history.replaceState(history.state, "", addressWithoutSituation(location.href));
  for (const link of document.querySelectorAll(`a[href*="${ARRIVAL_PARAM}="]`)) {
    const url = new URL(link.href, location.href);
    if (url.pathname === location.pathname) link.setAttribute("href", addressWithoutSituation(url.href));
  }
}

function start() {
  arrive();
  follow();
}

if (onEachPage("ranking", start)) document.addEventListener("playbook:situation-shown", follow);
