/* The score chart as inline SVG: a radar from three phases, bars below. `series` is [{name, scores, cls}]; its
 * <desc> and the table give the same numbers. */

import { el, svg } from "./dom.js";
import { ENGLISH_WORDS } from "./strings.js";

function phaseScore(set, checklist) {
  return set.scores.phases[checklist.id].score;
}

/* The chart's text alternative: every series' score in every phase. */
export function describeChart(phases, series, t = ENGLISH_WORDS) {
  return series.map((set) => t("%(name)s: %(scores)s.", { name: set.name, scores: phases.map((checklist, index) => {
    const score = phaseScore(set, checklist);
    return t("%(n)s %(title)s %(score)s",
      { n: index + 1, title: checklist.title, score: score === null ? t("no score yet") : score });
  }).join("; ") })).join(" ");
}

/* Replace the figure's chart (and legend, when there are two series) with a new one. */
export function drawChart(figure, caption, phases, series, t = ENGLISH_WORDS) {
  for (const old of figure.querySelectorAll("svg, .pb-as-legend")) old.remove();
  const radar = phases.length >= 3;
  const chart = radar ? radarChart(phases, series) : barChart(phases, series);
  const title = svg("title", { id: "pb-as-chart-title" });
  title.textContent = radar ? t("Radar chart of the score in each phase") : t("Bar chart of the score in each phase");
  const desc = svg("desc", { id: "pb-as-chart-desc" });
  desc.textContent = describeChart(phases, series, t);
  chart.setAttribute("role", "img");
  chart.setAttribute("aria-labelledby", "pb-as-chart-title pb-as-chart-desc");
  chart.prepend(title, desc);
  caption.textContent = radar ? t("Score by phase: 0 at the centre, 100 at the edge; the numbers are the phases in the " +
    "table, which gives the same scores.") : t("Score by phase, from 0 to 100; the table gives the same numbers.");
  figure.prepend(chart);
  if (series.length > 1) {
    figure.append(el("p", { class: "pb-as-legend" },
      ...series.map((set) => el("span", { class: `pb-as-key ${set.cls}` }, set.name))));
  }
}

/* New names on the drawn chart, without drawing it again (names change as the reader types). */
export function relabelChart(figure, phases, series, t = ENGLISH_WORDS) {
  const desc = figure.querySelector("desc");
  if (desc) desc.textContent = describeChart(phases, series, t);
  figure.querySelectorAll(".pb-as-legend .pb-as-key").forEach((key, index) => {
    if (series[index]) key.textContent = series[index].name;
  });
}

function radarChart(phases, series) {
  const size = 340;
  const centre = size / 2;
  const radius = 128;
  const point = (index, fraction) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / phases.length;
    return [centre + radius * fraction * Math.cos(angle), centre + radius * fraction * Math.sin(angle)];
  };
  const path = (fractions) => fractions.map((f, i) => point(i, f).map((n) => n.toFixed(1)).join(",")).join(" ");
  const ends = phases.map((checklist, index) => point(index, 1.13));
  const top = Math.min(...ends.map(([, y]) => y)) - 12;
  const bottom = Math.max(...ends.map(([, y]) => y)) + 12;
  const chart = svg("svg", { viewBox: `0 ${top.toFixed(0)} ${size} ${(bottom - top).toFixed(0)}`, class: "pb-as-radar" });
  const grid = svg("g", { class: "pb-as-grid", "aria-hidden": "true" });
  for (const ring of [0.25, 0.5, 0.75, 1]) grid.append(svg("polygon", { points: path(phases.map(() => ring)) }));
  phases.forEach((checklist, index) => {
    const [x, y] = point(index, 1);
    grid.append(svg("line", { x1: centre, y1: centre, x2: x.toFixed(1), y2: y.toFixed(1) }));
    const [lx, ly] = point(index, 1.13);
    const label = svg("text", { x: lx.toFixed(1), y: ly.toFixed(1), class: "pb-as-label" });
    label.textContent = String(index + 1);
    grid.append(label);
  });
  for (const ring of [50, 100]) {
    const mark = svg("text", { x: centre + 4, y: (centre - (radius * ring) / 100 + 11).toFixed(1), class: "pb-as-tick" });
    mark.textContent = String(ring);
    grid.append(mark);
  }
  chart.append(grid);
  for (const set of series) {
    const fractions = phases.map((checklist) => (phaseScore(set, checklist) || 0) / 100);
    const group = svg("g", { class: set.cls, "aria-hidden": "true" });
    group.append(svg("polygon", { points: path(fractions) }));
    fractions.forEach((fraction, index) => {
      if (phaseScore(set, phases[index]) === null) return;
      const [x, y] = point(index, fraction);
      group.append(svg("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: 3.5 }));
    });
    chart.append(group);
  }
  return chart;
}

function barChart(phases, series) {
  const row = 14 * series.length + 16;
  const width = 340;
  const left = 120;
  const chart = svg("svg", { viewBox: `0 0 ${width} ${row * phases.length + 18}`, class: "pb-as-bars" });
  const grid = svg("g", { class: "pb-as-grid", "aria-hidden": "true" });
  for (const tick of [0, 25, 50, 75, 100]) {
    const x = left + ((width - left - 10) * tick) / 100;
    grid.append(svg("line", { x1: x, y1: 0, x2: x, y2: row * phases.length }));
    const mark = svg("text", { x, y: row * phases.length + 14, class: "pb-as-tick", "text-anchor": "middle" });
    mark.textContent = String(tick);
    grid.append(mark);
  }
  phases.forEach((checklist, index) => {
    const label = svg("text", { x: 0, y: index * row + 8 + (14 * series.length - 3) / 2, class: "pb-as-label" });
    const name = `${index + 1} ${checklist.title}`;
    label.textContent = name.length > 18 ? name.slice(0, 17) + "…" : name;
    grid.append(label);
  });
  chart.append(grid);
  series.forEach((set, number) => {
    const group = svg("g", { class: set.cls, "aria-hidden": "true" });
    phases.forEach((checklist, index) => {
      const score = phaseScore(set, checklist) || 0;
      group.append(svg("rect", {
        x: left, y: index * row + 8 + number * 14, height: 11,
        width: Math.max(1, ((width - left - 10) * score) / 100).toFixed(1),
      }));
    });
    chart.append(group);
  });
  return chart;
}
