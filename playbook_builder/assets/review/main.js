/* The contract review page: marks and notes saved in this browser as the reader goes, the gaps listed at the top
 * (each with its clause's wording and red flags, copied from the page), export, import, CSV and print. Text from
 * files and notes goes in as text, never as HTML. */

import { download, el } from "../assessment/dom.js";
import { isQuota, openStorage } from "../assessment/storage.js";
import { problemText, readStrings } from "../assessment/strings.js";
import { MAX_REVIEW_BYTES, emptyReview, gaps, gapsCsv, parseReview, progress, reviewFileName, serializeReview, statusText } from "./model.js";
import { onEachPage } from "../situation/pages.js";

const REVIEW_PREFIX = "playbook-contract-review:";

function today() {
  return new Date().toISOString().slice(0, 10);
}

function answers() {
  const situation = window.playbookSituation;
  return (situation && situation.answers()) || {};
}

class Review {
  constructor(root, data, t) {
    Object.assign(this, { root, data, t, storage: openStorage() });
    this.key = REVIEW_PREFIX + location.pathname.replace(/index\.html?$/, "");
    this.items = [...root.querySelectorAll("[data-provision]")].map((fieldset) => ({
      id: fieldset.dataset.provision, fieldset, note: fieldset.querySelector("[data-review-note]"),
      title: fieldset.querySelector("[data-review-title]").textContent,
      body: fieldset.querySelector("[data-review-body]"),
    }));
    this.titles = Object.fromEntries(this.items.map((item) => [item.id, item.title]));
    this.name = root.querySelector("[data-review-name]");
    this.status = root.querySelector("[data-review-status]");
    this.review = this.stored() || emptyReview(data.version);
  }

  stored() {
    try {
      const text = this.storage && this.storage.getItem(this.key);
      return text ? parseReview(text, this.data).review : null;
    } catch (error) {
      return null;
    }
  }

  save() {
    if (!this.storage) return;
    try {
      this.storage.setItem(this.key, serializeReview(this.review));
    } catch (error) {
      this.say(isQuota(error) ? this.t("This browser's storage is full: export your review to keep it.")
        : this.t("This browser does not let the page save your review: export it to keep it."));
    }
  }

  say(text) {
    this.status.textContent = text;
  }

  /* The form as the review says. */
  fill() {
    this.name.value = this.review.name;
    for (const item of this.items) {
      const mark = this.review.marks[item.id] || {};
      for (const radio of item.fieldset.querySelectorAll("input[type=radio]")) radio.checked = radio.value === mark.status;
      item.note.value = mark.note || "";
    }
    this.draw();
  }

  mark(id, changes) {
    const mark = { ...(this.review.marks[id] || {}), ...changes };
    if (!mark.note) delete mark.note;
    if (mark.status || mark.note) this.review.marks[id] = mark;
    else delete this.review.marks[id];
    this.save();
    this.draw();
  }

  /* The progress line and the list of gaps, for the reader's situation. */
  draw() {
    const situation = answers();
    const found = gaps(this.review, this.data, situation);
    const done = progress(this.review, this.data, situation);
    this.root.querySelector("[data-review-progress]").textContent =
      this.t("Marked: %(marked)s of %(total)s clauses. Gaps: %(gaps)s.", done);
    this.root.querySelector("[data-review-gaps-empty]").hidden = found.length > 0;
    this.root.querySelector("[data-review-gaps]").replaceChildren(...found.map((gap) => this.gapItem(gap)));
    this.root.querySelector("[data-review-action=csv]").disabled = found.length === 0;
  }

  gapItem(gap) {
    const item = this.items.find((entry) => entry.id === gap.id);
    const head = el("p", { class: "pb-review__gap-head" },
      el("a", { href: `#review-${gap.id}` }, item.title), " · ",
      el("strong", { class: `pb-review__gap-status pb-review__gap-status--${gap.status}` }, statusText(this.t, gap.status)));
    const required = gap.required.length
      ? el("p", { class: "pb-review__required" }, this.t("Required by: %(frameworks)s", { frameworks: gap.required.join("; ") }))
      : null;
    const note = gap.note ? el("p", { class: "pb-review__gap-note" }, this.t("Your note: %(note)s", { note: gap.note })) : null;
    const body = item.body.cloneNode(true);
    body.removeAttribute("data-review-body");
    return el("li", { class: "pb-review__gap" }, head, required, note, body);
  }

  replace(review) {
    this.review = review;
    this.save();
    this.fill();
  }
}

function readImport(review, input) {
  const file = input.files && input.files[0];
  input.value = "";
  if (!file) return;
  const t = review.t;
  if (file.size > MAX_REVIEW_BYTES) {
    review.say(t("“%(file)s” cannot be imported: %(reason)s.", { file: file.name, reason: t("it is too large to be a contract review") }));
    return;
  }
  file.text().then((text) => {
    const { review: found, dropped } = parseReview(text, review.data);
    if (Object.keys(review.review.marks).length &&
        !window.confirm(t("Replace the marks on this page with those of “%(file)s”?", { file: file.name }))) return;
    review.replace(found);
    review.say(dropped ? t("Imported “%(file)s”; %(count)s marks for clauses this playbook no longer has were left out.",
      { file: file.name, count: dropped }) : t("Imported “%(file)s”.", { file: file.name }));
  }).catch((error) => {
    review.say(t("“%(file)s” cannot be imported: %(reason)s.", { file: file.name, reason: problemText(t, error) }));
  });
}

function act(review, action) {
  const t = review.t;
  if (action === "export") {
    download(reviewFileName(review.review.name, today()), "application/json", serializeReview(review.review));
  } else if (action === "csv") {
    const found = gaps(review.review, review.data, answers());
    download(reviewFileName(review.review.name, today(), "csv"), "text/csv", gapsCsv(found, review.titles, t));
  } else if (action === "print") {
    window.print();
  } else if (action === "reset" &&
      window.confirm(t("Start a new review? The marks and notes of this one are deleted from this browser."))) {
    review.replace(emptyReview(review.data.version));
    review.say(t("A new review is started."));
  }
}

function listen(review) {
  const root = review.root;
  root.addEventListener("change", (event) => {
    const target = event.target;
    const fieldset = target.closest("[data-provision]");
    if (target.matches("input[type=radio]") && fieldset) review.mark(fieldset.dataset.provision, { status: target.value });
    else if (target.matches("[data-review-import]")) readImport(review, target);
  });
  root.addEventListener("input", (event) => {
    const target = event.target;
    if (target.matches("[data-review-note]")) review.mark(target.closest("[data-provision]").dataset.provision, { note: target.value });
    else if (target.matches("[data-review-name]")) {
      review.review.name = target.value.slice(0, 200);
      review.save();
    }
  });
  root.addEventListener("click", (event) => {
    const button = event.target.closest("[data-review-action]");
    if (button) act(review, button.dataset.reviewAction);
  });
  document.addEventListener("playbook:situation", () => review.root.isConnected && review.draw());
}

function startReview() {
  const root = document.getElementById("pb-review");
  if (!root || root.hasAttribute("data-ready")) return;
  let data;
  try {
    data = JSON.parse(root.getAttribute("data-review"));
  } catch (error) {
    console.error(`Contract review: the page's data-review attribute is not valid JSON (${error.message}).`);
    return;
  }
  root.setAttribute("data-ready", "");
  const review = new Review(root, data, readStrings(root));
  listen(review);
  review.fill();
}

onEachPage("review", startReview);
