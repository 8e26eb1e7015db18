/* Starting a widget on every page view, once per window. Material's instant navigation swaps pages without
 * reloading, tells scripts through `document$`, and evaluates a page's own scripts again on each visit: the first
 * evaluation subscribes, later ones leave it at that (a second subscription would start the widget twice). From a
 * file:// address Material turns instant navigation off and its `document$` never fires: the page's load starts
 * the widget instead. */

/* Run `start` on this page view and each later one; returns whether this evaluation was the first for `key`. */
export function onEachPage(key, start) {
  const started = (window.playbookStarted = window.playbookStarted || {});
  if (started[key]) return false;
  started[key] = true;
  if (window.document$ && location.protocol !== "file:") window.document$.subscribe(start);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
  return true;
}
