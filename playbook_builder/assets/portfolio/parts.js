/* Pieces the portfolio's sections share: scores as text, tables with a caption and sections with a heading. */

import { el } from "../assessment/dom.js";
import { valueText } from "../assessment/strings.js";

export function scoreText(score, t) {
  return score === null || score === undefined ? "–" : valueText(score, t.lang);
}

export function table(caption, headers, rows, cls) {
  return el("table", { class: cls },
    el("caption", {}, caption),
    el("thead", {}, el("tr", {}, ...headers.map((text) => el("th", { scope: "col" }, text)))),
    el("tbody", {}, ...rows));
}

export function section(id, title, intro, ...content) {
  return el("section", { class: "pb-pf-section", "aria-labelledby": id },
    el("h2", { id, tabindex: "-1" }, title), intro ? el("p", { class: "pb-pf-intro" }, intro) : null, ...content);
}

/* The address of a mistake's section on its checklist page (`links` maps a checklist id to the page). */
export function mistakeHref(data, links, id) {
  return `${links[data.mistakes[id].checklist] || ""}#${id.toLowerCase()}`;
}
