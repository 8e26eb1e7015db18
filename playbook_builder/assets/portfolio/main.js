/* The portfolio page: the reader opens or drops exported self-assessment results and sees them rolled up by
 * subject, as `playbook report` does it, computed here with the assessment's own modules; who needs attention
 * first comes at the top, and focus moves there once files are read. Nothing is uploaded:
 * files are read in the browser. The script acts only on the page that holds #pb-portfolio and starts through
 * Material's `document$`, like the assessment; on a page in another language, its words come from the root's
 * data-strings. Every text from the content or a file goes in as textContent. */

import { LARGEST_RESULT, dataProblem } from "../assessment/result.js";
import { download } from "../assessment/dom.js";
import { readStrings } from "../assessment/strings.js";
import { findingsCsv, findingsName } from "./findings.js";
import { collect, DEFAULT_REVIEW_MONTHS, rollUp } from "./rollup.js";
import { fileMessages, showMessages, showPortfolio } from "./view.js";
import { onEachPage } from "../situation/pages.js";

function isoToday() {
  return new Date(Date.now() - new Date().getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

/* The files read so far ({name, text}) and what they make; the reader can add more or start again. */
class Portfolio {
  constructor(root, data, t) {
    this.root = root;
    this.data = data;
    this.t = t;
    this.files = [];
    this.result = null;
    this.area = root.querySelector("[data-results]");
    this.messages = root.querySelector("[data-messages]");
    this.csv = root.querySelector('[data-action="csv"]');
  }

  /* Read picked or dropped files, then draw everything again; too large or unreadable files are refused. */
  add(list) {
    const picked = [...list];
    if (!picked.length) return;
    const reads = picked.map((file) => file.size > LARGEST_RESULT
      ? Promise.resolve({ name: file.name, text: "", tooLarge: true })
      : file.text().then((text) => ({ name: file.name, text }), () => ({ name: file.name, text: "", unreadable: true })));
    Promise.all(reads).then((files) => {
      this.files.push(...files);
      this.draw();
      this.reveal();
    });
  }

  /* Once files are read, the results start with who needs attention first: focus and scroll go to its heading,
   * so neither a screen reader nor a reader on a small screen is left at the file picker. */
  reveal() {
    const heading = this.area.hidden ? null : this.area.querySelector("h2");
    if (!heading) return;
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: "start" });
  }

  draw() {
    const usable = this.files.filter((file) => !file.tooLarge && !file.unreadable);
    const t = this.t;
    const collected = collect(this.data, usable, t);
    for (const file of this.files) {
      if (file.tooLarge) {
        collected.refused.push({ file: file.name, reason: t("it is too large to be a self-assessment") });
      }
      if (file.unreadable) collected.refused.push({ file: file.name, reason: t("it could not be read") });
    }
    const months = { ...DEFAULT_REVIEW_MONTHS, ...(this.data.reviewMonths || {}) };
    this.result = rollUp(this.data, collected.entries, { months, today: isoToday() });
    const labels = { options: this.data.situationLabels || {} };
    showPortfolio(this.area, this.data, this.result, this.data.links || {}, labels, t);
    showMessages(this.messages, this.files.length ? fileMessages(collected, this.files.length, t) : []);
    this.csv.disabled = !this.result.subjects.length;
  }

  clear() {
    this.files = [];
    this.draw();
  }

  downloadCsv() {
    if (this.result && this.result.subjects.length) {
      download(findingsName(this.data, isoToday()), "text/csv", findingsCsv(this.data, this.result, this.t));
    }
  }
}

function onDrop(portfolio, zone, event) {
  event.preventDefault();
  zone.classList.remove("pb-pf-over");
  if (event.dataTransfer && event.dataTransfer.files) portfolio.add(event.dataTransfer.files);
}

function listen(portfolio) {
  const { root } = portfolio;
  root.addEventListener("change", (event) => {
    if (event.target.dataset.action !== "open") return;
    portfolio.add(event.target.files || []);
    event.target.value = "";
  });
  root.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-action]");
    if (!button) return;
    if (button.dataset.action === "clear") portfolio.clear();
    else if (button.dataset.action === "csv") portfolio.downloadCsv();
    else if (button.dataset.action === "print") window.print();
  });
  const zone = root.querySelector("[data-drop]");
  zone.addEventListener("dragover", (event) => {
    event.preventDefault();
    zone.classList.add("pb-pf-over");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("pb-pf-over"));
  zone.addEventListener("drop", (event) => onDrop(portfolio, zone, event));
}

function startPortfolio() {
  const root = document.getElementById("pb-portfolio");
  if (!root || root.hasAttribute("data-ready")) return;
  let data = null;
  try {
    data = JSON.parse(root.getAttribute("data-playbook"));
  } catch (error) {
    console.error(`Portfolio: the page's data-playbook attribute is not valid JSON (${error.message}).`);
    return;
  }
  const problem = dataProblem(data);
  if (problem) {
    console.error(`Portfolio: the page's data-playbook JSON is not usable: ${problem}.`);
    return;
  }
  root.setAttribute("data-ready", "");
  const portfolio = new Portfolio(root, data, readStrings(root));
  listen(portfolio);
  portfolio.draw();
}

onEachPage("portfolio", startPortfolio);
