/* The scripts' words, written in English where used: t("Text %(name)s", values), t.n(singular, plural, count).
 * Other languages: data-strings of the widget root, or of the assessment's hidden .pb-as-data element
 * (render/script_strings.py), English text -> text or {one, other}. */

/* One number format per language: toLocaleString builds a new one at each call, which a page of scores notices. */
const numberFormats = new Map();

export function valueText(value, lang = "en") {
  if (typeof value !== "number") return String(value);
  if (!numberFormats.has(lang)) numberFormats.set(lang, new Intl.NumberFormat(lang));
  return numberFormats.get(lang).format(value);
}

/* %(name)s -> values[name], numbers the language's way; %% -> %, as in Python. */
export function fillIn(text, values = {}, lang = "en") {
  return text.replace(/%(?:\((\w+)\)s|%)/g, (all, name) => name === undefined ? "%"
    : Object.hasOwn(values, name) ? valueText(values[name], lang) : all);
}

/* An ISO day as the language writes it; English keeps the ISO day of the printed checklists. */
export function dayText(day, lang = "en") {
  return /^en\b/.test(lang) ? day
    : new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(day + "T00:00Z"));
}

/* `words` in `lang`; a text they lack stays English. Intl.PluralRules picks the form ("many" takes other). */
export function translator(words = {}, lang = "en") {
  const t = (text, values) => fillIn(typeof words[text] === "string" ? words[text] : text, values, lang);
  t.n = (one, other, count, values) => {
    const forms = typeof Object(words[one]).other === "string" ? words[one] : { one, other };
    return fillIn(forms[new Intl.PluralRules(lang).select(count)] ?? forms.other, { ...values, count }, lang);
  };
  t.day = (day) => dayText(day, lang);
  t.lang = lang;
  return t;
}

export const ENGLISH_WORDS = translator();

export function readStrings(root) {
  let words = {};
  try {
    words = Object(JSON.parse(root.getAttribute("data-strings") || "{}"));
  } catch (error) {
    console.error(`data-strings is not JSON (${error.message}): the page shows English.`);
  }
  return translator(words, document.documentElement.lang || "en");
}

/* A severity (or criticality) in t's words. */
export function severityValue(t, severity) {
  const words = { critical: t("critical"), high: t("high"), medium: t("medium"), low: t("low") };
  return words[severity] || severity;
}

/* An Error saying an English sentence; problemText says it in t's words. */
export function problem(text, values) {
  return Object.assign(new Error(fillIn(text, values)), { text, values });
}

export function problemText(t, error) {
  return error.text ? t(error.text, error.values) : error.message;
}
