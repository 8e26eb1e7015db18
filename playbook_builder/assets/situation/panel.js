/* The panel's DOM: its elements are looked up once per page view; its data-attributes are read once. Texts go
 * in with textContent, never as HTML. */

/* The elements the panel must hold; without one the situation script stays off on the page. */
const PANEL_PARTS = {
  box: "details.pb-situation__box",
  summary: "[data-situation-summary]",
  clear: "[data-situation-clear]",
};
const PANEL_DATA = ["applies", "facts", "fixed"];

function isObject(value) {
  return !!value && typeof value === "object" && !Array.isArray(value);
}

/* The panel's elements and data, or null after one console error that says what is missing or broken. */
export function lookUpPanel(root) {
  const ui = { root };
  const problems = Object.values(PANEL_PARTS).filter((selector) => !root.querySelector(selector));
  for (const [name, selector] of Object.entries(PANEL_PARTS)) ui[name] = root.querySelector(selector);
  const data = {};
  for (const name of PANEL_DATA) {
    try {
      data[name] = JSON.parse(root.getAttribute(`data-${name}`));
    } catch (error) {
      data[name] = null;
    }
    if (!isObject(data[name])) problems.push(`a data-${name} attribute holding a JSON object`);
  }
  // Optional: the severities that depend on the situation, and their words.
  for (const [name, attribute] of [["severity", "data-severity"], ["severityNames", "data-severity-names"]]) {
    try {
      data[name] = JSON.parse(root.getAttribute(attribute) || "{}");
    } catch (error) {
      data[name] = null;
    }
    if (!isObject(data[name])) {
      problems.push(`a ${attribute} attribute holding a JSON object`);
    }
  }
  if (!root.hasAttribute("data-site-root")) problems.push("a data-site-root attribute");
  if (problems.length) {
    console.error("Your situation: the panel lacks " + problems.join(", ") + ", so the page shows everything. " +
      "The template must keep these.");
    return null;
  }
  ui.selects = [...root.querySelectorAll("select[data-fact]")].map((select) => {
    const label = select.id ? root.querySelector(`label[for="${CSS.escape(select.id)}"]`) : null;
    return { fact: select.dataset.fact, select, question: label ? label.textContent.trim() : select.dataset.fact };
  });
  return { ui, data };
}

/* Each fact's question as the panel asks it, by fact id. */
export function factQuestions(ui) {
  return Object.fromEntries(ui.selects.map(({ fact, question }) => [fact, question]));
}

/* Put the answers into the selects ("Not answered" for the rest). */
export function showChoices(ui, answers) {
  for (const { fact, select } of ui.selects) select.value = Object.hasOwn(answers, fact) ? answers[fact] : "";
  markChoices(ui);
}

/* Mark the unanswered selects (data-empty), so the answered ones can stand out. */
export function markChoices(ui) {
  for (const { select } of ui.selects) select.toggleAttribute("data-empty", !select.value);
}

/* The line under the panel that names the situation, on screen and on paper; hidden when it is empty. */
export function showSummary(ui, text) {
  ui.summary.textContent = text;
  ui.summary.hidden = !text;
}
