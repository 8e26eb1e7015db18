/* The self-assessment: scores, recommends, saves, exports, shares and compares answers, all in the browser.
 *
 * The plugin loads this script on every page; it acts only on the page that holds #pb-assessment. Material's
 * instant navigation swaps pages without reloading, so the script starts through `document$` and runs once per
 * page view. Everything about the playbook comes from the JSON the build puts in the root's data-playbook
 * attribute (an inline JSON script would be run as code by instant navigation); every text from
 * the content, a file or a link is inserted with textContent, never as HTML.
 */
(() => {
  "use strict";

  const FORMAT = "playbook-assessment";
  const PREFIX = "playbook-assessment:";
  const HASH = "#answers=";
  const SVG = "http://www.w3.org/2000/svg";
  const QUESTION_ID = /^[A-Z]{2,5}-Q\d{1,3}$/;
  const SHARED = /^(\d+\.\d+\.\d+);([A-Z]{2,5}-Q\d{1,3}:\d{1,2}(?:,[A-Z]{2,5}-Q\d{1,3}:\d{1,2})*)$/;
  const MAX_FILE = 1024 * 1024;
  const FIRST = 10; // recommendations shown before "Show all"

  /* The latest answers per storage key. They outlive instant navigation, so answers survive moving between
   * pages even when the browser refuses to store them; comparisons are kept the same way. */
  const memory = new Map();
  const comparisons = new Map();
  let live = null;

  /* ---------- small helpers ---------- */

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (name === "class") node.className = value;
      else node.setAttribute(name, value === true ? "" : value);
    }
    node.append(...children.filter((child) => child !== null && child !== undefined && child !== false));
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, value);
    node.append(...children);
    return node;
  }

  function plural(count, word) {
    return `${count} ${word}${count === 1 ? "" : "s"}`;
  }

  function download(name, type, text) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = el("a", { href: url, download: name, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  function slug(text) {
    return String(text).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "playbook";
  }

  function csvCell(value) {
    let text = String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = "'" + text; // keep spreadsheets from running a cell as a formula
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  }

  function isQuota(error) {
    return !!error && (error.name === "QuotaExceededError" || error.name === "NS_ERROR_DOM_QUOTA_REACHED" ||
      error.code === 22 || error.code === 1014);
  }

  function openStorage() {
    try {
      const storage = window.localStorage;
      storage.getItem(PREFIX); // some browsers only refuse on first use
      return storage;
    } catch (error) {
      return null;
    }
  }

  /* Check a saved or exported result and return its answers by question id, whatever playbook version they
   * belong to; throw an Error that says in plain words what is wrong. */
  function parseResult(text) {
    let result;
    try {
      result = JSON.parse(text);
    } catch (error) {
      throw new Error("it is not a JSON file");
    }
    if (!result || typeof result !== "object" || Array.isArray(result) || result.format !== FORMAT) {
      throw new Error("it is not a self-assessment exported from this site");
    }
    if (typeof result.version !== "string" || !/^\d+\.\d+\.\d+$/.test(result.version)) {
      throw new Error("it does not say which version of the playbook its answers belong to");
    }
    const answers = result.answers;
    if (!answers || typeof answers !== "object" || Array.isArray(answers)) throw new Error("it holds no answers");
    if (result.name !== undefined && typeof result.name !== "string") throw new Error("its name is not text");
    const entries = {};
    for (const [id, entry] of Object.entries(answers)) {
      const bad = new Error(`its answer to “${id.slice(0, 40)}” is not valid`);
      if (!QUESTION_ID.test(id) || !entry || typeof entry !== "object" || Array.isArray(entry)) throw bad;
      const out = {};
      if (entry.notApplicable === true) out.level = 0;
      else if (entry.level !== undefined) {
        if (!Number.isInteger(entry.level) || entry.level < 1 || entry.level > 99) throw bad;
        out.level = entry.level;
      }
      if (entry.note !== undefined) {
        if (typeof entry.note !== "string") throw bad;
        if (entry.note) out.note = entry.note.slice(0, 5000);
      }
      entries[id] = out;
    }
    return {
      version: result.version,
      playbook: typeof result.playbook === "string" ? result.playbook : "",
      name: (result.name || "").slice(0, 80),
      saved: typeof result.saved === "string" ? result.saved : "",
      entries,
    };
  }

  /* ---------- the assessment on one page view ---------- */

  class Assessment {
    constructor(root, data) {
      this.root = root;
      this.data = data;
      this.questions = new Map(data.questions.map((question) => [question.id, question]));
      this.base = PREFIX + location.pathname.replace(/index\.html?$/, "") + "@";
      this.key = this.base + data.version;
      this.state = { answers: {}, notes: {}, name: "" };
      this.other = comparisons.get(this.key) || null;
      this.storage = openStorage();
      this.find = (selector) => root.querySelector(selector);
      this.messages = this.find('[data-messages="main"]');
      if (!this.storage) {
        this.say("storage", "warn", "This browser does not let the page store your answers, so they are kept " +
          "only until you close or reload the page. Export them to keep a copy.");
      }
      this.restore();
      this.bind();
      this.show();
      this.update();
      this.fromLink();
    }

    /* --- messages --- */

    /* Show a message by topic, replacing the previous one on that topic; comparison messages appear by the
     * comparison's own controls, the rest at the top of the form. */
    say(topic, kind, text) {
      const area = topic === "compare" ? this.find('[data-messages="compare"]') : this.messages;
      let box = area.querySelector(`[data-topic="${topic}"]`);
      if (!box) {
        const close = el("button", { type: "button", class: "pb-as-close", "aria-label": "Dismiss this message" }, "×");
        close.addEventListener("click", () => box.remove());
        box = el("div", { "data-topic": topic }, el("p"), close);
        area.append(box);
      }
      box.className = `pb-as-msg pb-as-msg--${kind}`;
      box.firstChild.textContent = text;
    }

    /* --- state: restore, adopt, save --- */

    restore() {
      if (memory.has(this.key)) {
        this.state = JSON.parse(memory.get(this.key));
        return;
      }
      const own = this.read(this.key);
      if (own) {
        this.state = this.adopt(own);
        return;
      }
      this.migrate();
    }

    read(key) {
      if (!this.storage) return null;
      try {
        const text = this.storage.getItem(key);
        return text === null ? null : parseResult(text);
      } catch (error) {
        return null;
      }
    }

    /* Answers saved under another content version: keep those to questions that still exist, drop the rest. */
    migrate() {
      if (!this.storage) return;
      let found = null;
      let foundKey = null;
      try {
        for (let index = 0; index < this.storage.length; index++) {
          const key = this.storage.key(index);
          if (!key || !key.startsWith(this.base) || key === this.key) continue;
          const saved = this.read(key);
          if (saved && (!found || saved.saved > found.saved)) {
            found = saved;
            foundKey = key;
          }
        }
      } catch (error) {
        return;
      }
      if (!found) return;
      const adopted = this.adopt(found);
      this.state = adopted;
      this.save();
      try {
        this.storage.removeItem(foundKey);
      } catch (error) {
        /* the old copy stays; it is never read again once the new one exists */
      }
      let text = `Your answers were saved for version ${found.version} of the playbook; this is version ` +
        `${this.data.version}. Kept ${plural(adopted.kept, "answer")}`;
      text += adopted.dropped
        ? ` and dropped ${plural(adopted.dropped, "answer")} to questions that are no longer in the playbook.`
        : "; every question still exists.";
      this.say("migrate", "info", text);
    }

    /* Keep the answers to questions this version has (with a level it offers); count what is left out. */
    adopt(result) {
      const state = { answers: {}, notes: {}, name: result.name || "", kept: 0, dropped: 0 };
      for (const [id, entry] of Object.entries(result.entries)) {
        const question = this.questions.get(id);
        if (!question || (entry.level !== undefined && entry.level > question.levels.length)) {
          state.dropped++;
          continue;
        }
        if (entry.level !== undefined) {
          state.answers[id] = entry.level;
          state.kept++;
        }
        if (entry.note) state.notes[id] = entry.note;
      }
      return state;
    }

    serialize(state) {
      const answers = {};
      for (const question of this.data.questions) {
        const level = state.answers[question.id];
        const note = state.notes[question.id];
        if (level === undefined && !note) continue;
        const entry = {};
        if (level === 0) Object.assign(entry, { notApplicable: true, answer: "Not applicable" });
        else if (level) Object.assign(entry, { level, of: question.levels.length, answer: question.levels[level - 1] });
        if (note) entry.note = note;
        answers[question.id] = entry;
      }
      const result = { format: FORMAT, playbook: this.data.title, version: this.data.version };
      result.saved = new Date().toISOString();
      if (state.name) result.name = state.name;
      result.answers = answers;
      return result;
    }

    save() {
      const { answers, notes, name } = this.state;
      this.state = { answers, notes, name };
      memory.set(this.key, JSON.stringify(this.state));
      if (!this.storage) return;
      try {
        this.storage.setItem(this.key, JSON.stringify(this.serialize(this.state)));
        const box = this.messages.querySelector('[data-topic="storage"]');
        if (box) box.remove();
      } catch (error) {
        this.say("storage", "warn", isQuota(error)
          ? "This browser's storage is full, so your latest answers are kept only until you close the page. " +
            "Export them to keep a copy."
          : "This browser refused to store your answers, so they are kept only until you close the page. " +
            "Export them to keep a copy.");
      }
    }

    answered() {
      return Object.keys(this.state.answers).length;
    }

    /* --- the controls --- */

    bind() {
      const root = this.root;
      root.addEventListener("change", (event) => {
        const target = event.target;
        const fieldset = target.closest("[data-question]");
        if (target.type === "radio" && fieldset) {
          this.state.answers[fieldset.dataset.question] = target.value === "na" ? 0 : Number(target.value);
          this.changed();
        } else if (target.dataset.action === "import") this.readFile(target, (text, file) => this.importFile(text, file));
        else if (target.dataset.action === "compare") this.readFile(target, (text, file) => this.compareFile(text, file));
      });
      root.addEventListener("input", (event) => {
        const target = event.target;
        if (target.dataset.note) {
          if (target.value) this.state.notes[target.dataset.note] = target.value;
          else delete this.state.notes[target.dataset.note];
          this.save();
        } else if (target.dataset.field === "name") {
          this.state.name = target.value.slice(0, 80);
          this.save();
          this.update();
        }
      });
      root.addEventListener("click", (event) => {
        const button = event.target.closest("button[data-action]");
        const action = button && this.actions[button.dataset.action];
        if (action) action.call(this, button);
      });
    }

    changed() {
      this.save();
      this.update();
    }

    /* Put the state into the form controls. */
    show() {
      for (const fieldset of this.root.querySelectorAll("[data-question]")) {
        const level = this.state.answers[fieldset.dataset.question];
        const value = level === 0 ? "na" : String(level);
        for (const radio of fieldset.querySelectorAll("input[type=radio]")) radio.checked = radio.value === value;
        const note = fieldset.querySelector("[data-note]");
        const text = this.state.notes[fieldset.dataset.question] || "";
        if (note) {
          note.value = text;
          if (text) note.closest("details").open = true;
        }
      }
      const name = this.find('[data-field="name"]');
      if (name) name.value = this.state.name || "";
    }

    readFile(input, handle) {
      const file = input.files && input.files[0];
      input.value = "";
      if (!file) return;
      const topic = input.dataset.action === "compare" ? "compare" : "file";
      if (file.size > MAX_FILE) {
        this.say(topic, "error", `“${file.name}” was not loaded: it is too large to be a self-assessment. ` +
          "Nothing has changed.");
        return;
      }
      file.text().then((text) => handle(text, file), () => {
        this.say(topic, "error", `“${file.name}” could not be read. Nothing has changed.`);
      });
    }

    /* Check an exported result against this playbook; say why it is refused, or return it adopted. */
    accept(text, label, verb, topic) {
      let result;
      try {
        result = parseResult(text);
      } catch (error) {
        this.say(topic, "error", `${label} was not ${verb}: ${error.message}. Nothing has changed.`);
        return null;
      }
      const adopted = this.adopt(result);
      let reason = "";
      if (!Object.keys(result.entries).length) reason = "it holds no answers";
      else if (!adopted.kept && result.playbook && result.playbook !== this.data.title) {
        reason = `it holds answers to another playbook (“${result.playbook.slice(0, 80)}”)`;
      } else if (!adopted.kept) reason = "none of its answers belong to this playbook's questions";
      if (reason) {
        this.say(topic, "error", `${label} was not ${verb}: ${reason}. Nothing has changed.`);
        return null;
      }
      adopted.version = result.version;
      return adopted;
    }

    dropped(adopted) {
      if (!adopted.dropped) return "";
      return ` ${plural(adopted.dropped, "answer")} to questions that are not in version ${this.data.version} ` +
        "were left out.";
    }

    importFile(text, file) {
      const label = `“${file.name}”`;
      const adopted = this.accept(text, label, "imported", "file");
      if (!adopted) return;
      this.state = adopted;
      this.save();
      this.show();
      this.update();
      this.say("file", "info", `Imported ${plural(adopted.kept, "answer")} from ${label} ` +
        `(playbook version ${adopted.version}).${this.dropped(adopted)}`);
    }

    compareFile(text, file) {
      const label = `“${file.name}”`;
      const adopted = this.accept(text, label, "loaded", "compare");
      if (!adopted) return;
      const name = adopted.name || file.name.replace(/\.json$/i, "") || "Other side";
      this.other = { name, answers: adopted.answers };
      comparisons.set(this.key, this.other);
      this.update();
      this.say("compare", "info", `Comparing with “${name}”: ${plural(adopted.kept, "answer")} loaded from ` +
        `${label}.${this.dropped(adopted)}`);
    }

    /* --- share links --- */

    shareLink() {
      const pairs = this.data.questions
        .filter((question) => this.state.answers[question.id] !== undefined)
        .map((question) => `${question.id}:${this.state.answers[question.id]}`);
      return location.href.split("#")[0] + HASH + this.data.version + ";" + pairs.join(",");
    }

    fromLink() {
      if (!location.hash.startsWith(HASH)) return;
      let text = location.hash.slice(HASH.length);
      history.replaceState(history.state, "", location.href.split("#")[0]);
      try {
        text = decodeURIComponent(text);
      } catch (error) {
        text = "";
      }
      const match = SHARED.exec(text);
      if (!match) {
        this.say("link", "error", "The answers in this link could not be read; it may have been cut short. " +
          "Nothing has changed.");
        return;
      }
      const entries = {};
      for (const pair of match[2].split(",")) {
        const [id, level] = pair.split(":");
        entries[id] = { level: Number(level) };
      }
      const adopted = this.adopt({ version: match[1], name: "", entries });
      if (!adopted.kept) {
        this.say("link", "error", "None of the answers in this link belong to this playbook's questions. " +
          "Nothing has changed.");
        return;
      }
      const same = (a, b) => Object.keys(a).length === Object.keys(b).length &&
        Object.keys(a).every((id) => a[id] === b[id]);
      if (this.answered() && !same(this.state.answers, adopted.answers) &&
          !window.confirm(`This link holds ${plural(adopted.kept, "answer")}. Replace the answers saved in ` +
            "this browser with them?")) {
        this.say("link", "info", "The answers in the link were not loaded; yours are unchanged.");
        return;
      }
      this.state = { answers: adopted.answers, notes: this.state.notes, name: this.state.name };
      this.save();
      this.show();
      this.update();
      this.say("link", "info", `Loaded ${plural(adopted.kept, "answer")} from a shared link.` +
        this.dropped(adopted));
    }

    /* --- scores --- */

    scores(answers) {
      const blank = () => ({ weights: 0, points: 0, answered: 0, total: 0, score: null });
      const phases = {};
      const overall = blank();
      for (const checklist of this.data.checklists) phases[checklist.id] = blank();
      for (const question of this.data.questions) {
        const level = answers[question.id];
        const count = question.levels.length;
        for (const tally of [phases[question.checklist], overall]) {
          tally.total++;
          if (level === undefined) continue;
          tally.answered++;
          if (level > 0) {
            tally.weights += question.weight;
            tally.points += question.weight * (count > 1 ? (level - 1) / (count - 1) : 1);
          }
        }
      }
      for (const tally of [...Object.values(phases), overall]) {
        if (tally.weights > 0) tally.score = Math.round((100 * tally.points) / tally.weights);
      }
      return { phases, overall };
    }

    /* The mistakes that low answers reveal, the most severe and the lowest answered first. */
    recommendations() {
      const flagged = new Map();
      for (const question of this.data.questions) {
        const level = this.state.answers[question.id];
        const count = question.levels.length;
        if (!level) continue;
        const x = count > 1 ? (level - 1) / (count - 1) : 1;
        if (x > this.data.low) continue;
        for (const id of question.detects) {
          const entry = flagged.get(id) || { id, gap: 0, by: [] };
          entry.gap = Math.max(entry.gap, 1 - x);
          entry.by.push(`${question.id} (level ${level} of ${count})`);
          flagged.set(id, entry);
        }
      }
      const order = Object.keys(this.data.mistakes);
      const rank = (id) => this.data.severities.indexOf(this.data.mistakes[id].severity);
      return [...flagged.values()]
        .filter((entry) => this.data.mistakes[entry.id])
        .sort((a, b) => rank(a.id) - rank(b.id) || b.gap - a.gap || order.indexOf(a.id) - order.indexOf(b.id));
    }

    /* --- drawing --- */

    update() {
      const scores = this.scores(this.state.answers);
      const text = (selector, value) => {
        for (const node of this.root.querySelectorAll(selector)) node.textContent = value;
      };
      const shown = (score) => (score === null ? "–" : String(score));
      for (const checklist of this.data.checklists) {
        const tally = scores.phases[checklist.id];
        text(`[data-score="${checklist.id}"]`, shown(tally.score));
        text(`[data-phase-score="${checklist.id}"]`, shown(tally.score));
        text(`[data-progress="${checklist.id}"]`, `${tally.answered} of ${tally.total}`);
        text(`[data-phase-progress="${checklist.id}"]`, `${tally.answered} of ${tally.total} answered`);
      }
      const overall = scores.overall;
      text('[data-score="overall"]', shown(overall.score));
      text('[data-score-copy="overall"]', shown(overall.score));
      text('[data-progress="overall"]', `${overall.answered} of ${overall.total} answered`);
      text('[data-progress-copy="overall"]', `${overall.answered} of ${overall.total} answered`);
      for (const fieldset of this.root.querySelectorAll("[data-question]")) {
        fieldset.classList.toggle("pb-as-answered", this.state.answers[fieldset.dataset.question] !== undefined);
      }
      const other = this.other && this.scores(this.other.answers);
      this.root.classList.toggle("pb-as-comparing", !!other);
      this.find('[data-action="clear-compare"]').hidden = !other;
      text("[data-compare-name]", other ? this.other.name : "Other side");
      for (const checklist of this.data.checklists) {
        text(`[data-compare-score="${checklist.id}"]`, other ? shown(other.phases[checklist.id].score) : "–");
      }
      const share = this.find(".pb-as-share");
      if (!share.hidden) this.find("[data-share-link]").value = this.shareLink();
      const head = [this.data.title, `version ${this.data.version}`, this.state.name, new Date().toLocaleDateString()];
      text("[data-print-head]", head.filter(Boolean).join(" · "));
      this.drawChart(scores, other);
      this.drawRecommendations();
      this.drawDifferences(scores, other);
    }

    names() {
      return [this.state.name || "Your answers", this.other ? this.other.name : ""];
    }

    drawChart(scores, other) {
      const figure = this.find("[data-chart]");
      for (const old of figure.querySelectorAll("svg, .pb-as-legend")) old.remove();
      const phases = this.data.checklists;
      const series = [{ name: this.names()[0], scores: scores, cls: "pb-as-s1" }];
      if (other) series.push({ name: this.names()[1], scores: other, cls: "pb-as-s2" });
      const value = (set, checklist) => set.scores.phases[checklist.id].score;
      const describe = series.map((set) => `${set.name}: ` + phases.map((checklist, index) => {
        const score = value(set, checklist);
        return `${index + 1} ${checklist.title} ${score === null ? "no score yet" : score}`;
      }).join("; ") + ".").join(" ");
      const title = svg("title", { id: "pb-as-chart-title" });
      title.textContent = `${phases.length >= 3 ? "Radar" : "Bar"} chart of the score in each phase`;
      const desc = svg("desc", { id: "pb-as-chart-desc" });
      desc.textContent = describe;
      const radar = phases.length >= 3;
      const chart = radar ? this.radar(phases, series, value) : this.bars(phases, series, value);
      this.find("[data-caption]").textContent = radar
        ? "Score by phase: 0 at the centre, 100 at the edge; the numbers are the phases in the table, which " +
          "gives the same scores."
        : "Score by phase, from 0 to 100; the table gives the same numbers.";
      chart.setAttribute("role", "img");
      chart.setAttribute("aria-labelledby", "pb-as-chart-title pb-as-chart-desc");
      chart.prepend(title, desc);
      figure.prepend(chart);
      if (other) {
        const legend = el("p", { class: "pb-as-legend" });
        for (const set of series) legend.append(el("span", { class: `pb-as-key ${set.cls}` }, set.name));
        figure.append(legend);
      }
    }

    radar(phases, series, value) {
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
        const fractions = phases.map((checklist) => (value(set, checklist) || 0) / 100);
        const group = svg("g", { class: set.cls, "aria-hidden": "true" });
        group.append(svg("polygon", { points: path(fractions) }));
        fractions.forEach((fraction, index) => {
          if (value(set, phases[index]) === null) return;
          const [x, y] = point(index, fraction);
          group.append(svg("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: 3.5 }));
        });
        chart.append(group);
      }
      return chart;
    }

    /* With fewer than three phases a radar has no area; draw bars instead. */
    bars(phases, series, value) {
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
          const score = value(set, checklist) || 0;
          group.append(svg("rect", {
            x: left, y: index * row + 8 + number * 14, height: 11,
            width: Math.max(1, ((width - left - 10) * score) / 100).toFixed(1),
          }));
        });
        chart.append(group);
      });
      return chart;
    }

    drawRecommendations() {
      const list = this.find("[data-recs]");
      const found = this.recommendations();
      list.replaceChildren();
      this.find('[data-empty="recs"]').hidden = found.length > 0;
      this.find('[data-action="csv"]').disabled = found.length === 0;
      const toggle = this.find('[data-action="more"]');
      toggle.hidden = found.length <= FIRST;
      toggle.textContent = this.all ? `Show the first ${FIRST} only` : `Show all ${found.length} flagged mistakes`;
      toggle.setAttribute("aria-expanded", String(!!this.all));
      for (const entry of this.all ? found : found.slice(0, FIRST)) {
        const mistake = this.data.mistakes[entry.id];
        const page = this.find(`[data-checklist-link="${mistake.checklist}"]`);
        const phase = this.data.checklists.find((checklist) => checklist.id === mistake.checklist);
        const fixes = el("ul", { class: "pb-as-fixes" });
        for (const [action, owner] of mistake.mitigations.slice(0, this.data.shown)) {
          fixes.append(el("li", {}, action + " ", el("span", { class: "pb-owner" }, `Owner: ${owner}`)));
        }
        const more = mistake.mitigations.length - this.data.shown;
        const link = el("a", { href: `${page ? page.getAttribute("href") : ""}#${entry.id.toLowerCase()}` },
          `${entry.id} · ${mistake.title}`);
        list.append(el("li", { class: `pb-as-rec pb-as-rec--${mistake.severity}` },
          el("p", { class: "pb-as-rec-head" },
            el("span", { class: `pb-severity pb-severity--${mistake.severity}` },
              mistake.severity[0].toUpperCase() + mistake.severity.slice(1)), " ", link),
          el("p", { class: "pb-as-rec-why" }, `${phase ? phase.title : ""} · flagged by ${entry.by.join(", ")}`),
          fixes,
          more > 0 ? el("p", { class: "pb-as-rec-more" }, `${plural(more, "more mitigation")} on the checklist page.`) : null));
      }
    }

    drawDifferences(scores, other) {
      const box = this.find("[data-diff]");
      box.replaceChildren();
      if (!other) return;
      const [mine, theirs] = this.names();
      const gaps = [];
      for (const question of this.data.questions) {
        const a = this.state.answers[question.id];
        const b = this.other.answers[question.id];
        if (a > 0 && b > 0 && Math.abs(a - b) >= 2) gaps.push({ question, a, b });
      }
      const level = (question, n) => `level ${n} of ${question.levels.length}, “${question.levels[n - 1]}”`;
      box.append(el("p", { class: "pb-as-diff-summary" }, gaps.length
        ? `${plural(gaps.length, "question")} where “${mine}” and “${theirs}” are two levels or more apart: ` +
          "talk these through before you sign."
        : `“${mine}” and “${theirs}” are never two levels or more apart on the questions both answered.`));
      this.data.checklists.forEach((checklist) => {
        const here = gaps.filter((gap) => gap.question.checklist === checklist.id);
        if (!here.length) return;
        const a = scores.phases[checklist.id].score;
        const b = other.phases[checklist.id].score;
        const list = el("ul", { class: "pb-as-diff-list" });
        for (const gap of here) {
          list.append(el("li", {},
            el("strong", {}, `${gap.question.id} `), gap.question.text,
            el("span", { class: "pb-as-side pb-as-s1" }, `${mine}: ${level(gap.question, gap.a)}`),
            el("span", { class: "pb-as-side pb-as-s2" }, `${theirs}: ${level(gap.question, gap.b)}`)));
        }
        box.append(
          el("h3", { class: "pb-as-diff-phase" }, checklist.title),
          el("p", { class: "pb-as-hint" }, `${plural(here.length, "question")} apart · phase score ${mine} ` +
            `${a === null ? "–" : a}, ${theirs} ${b === null ? "–" : b}`),
          list);
      });
    }
  }

  Assessment.prototype.actions = {
    export() {
      if (!this.answered() && !Object.keys(this.state.notes).length) {
        this.say("file", "info", "There is nothing to export yet: answer at least one question first.");
        return;
      }
      const day = new Date().toISOString().slice(0, 10);
      download(`${slug(this.data.title)}-assessment-${this.data.version}-${day}.json`, "application/json",
        JSON.stringify(this.serialize(this.state), null, 2) + "\n");
      this.say("file", "info", `Exported ${plural(this.answered(), "answer")}. Keep the file: you can import it ` +
        "here in any browser.");
    },
    share() {
      const box = this.find(".pb-as-share");
      const input = this.find("[data-share-link]");
      box.hidden = false;
      input.value = this.shareLink();
      input.focus();
      input.select();
    },
    copy() {
      const input = this.find("[data-share-link]");
      const done = () => this.say("link", "info", "The link was copied.");
      const fail = () => {
        input.focus();
        input.select();
        this.say("link", "info", "Copying was not allowed here: the link is selected, so press Ctrl+C (⌘C) to copy it.");
      };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(input.value).then(done, fail);
      else fail();
    },
    print() {
      window.print();
    },
    reset() {
      if (!window.confirm("Clear all your answers and notes? The copy stored in this browser is deleted too. " +
        "Export first if you want to keep them.")) return;
      this.state = { answers: {}, notes: {}, name: "" };
      memory.delete(this.key);
      if (this.storage) {
        try {
          this.storage.removeItem(this.key);
        } catch (error) {
          /* nothing stored, nothing to remove */
        }
      }
      for (const note of this.root.querySelectorAll("[data-note]")) note.closest("details").open = false;
      this.find(".pb-as-share").hidden = true;
      this.show();
      this.update();
      this.say("file", "info", "All answers were cleared.");
    },
    csv() {
      const rows = [["Mistake", "Severity", "Phase", "Mitigation", "Owner", "Due date"]];
      for (const entry of this.recommendations()) {
        const mistake = this.data.mistakes[entry.id];
        const phase = this.data.checklists.find((checklist) => checklist.id === mistake.checklist);
        for (const [action, owner] of mistake.mitigations) {
          rows.push([`${entry.id} ${mistake.title}`, mistake.severity, phase ? phase.title : "", action, owner, ""]);
        }
      }
      const text = "\ufeff" + rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
      download(`${slug(this.data.title)}-action-plan-${new Date().toISOString().slice(0, 10)}.csv`, "text/csv", text);
    },
    more() {
      this.all = !this.all;
      this.drawRecommendations();
    },
    "clear-compare"() {
      this.other = null;
      comparisons.delete(this.key);
      this.update();
      this.say("compare", "info", "The comparison was removed.");
    },
  };

  function start() {
    const root = document.getElementById("pb-assessment");
    if (!root || root.hasAttribute("data-ready")) return;
    let data;
    try {
      data = JSON.parse(root.getAttribute("data-playbook"));
    } catch (error) {
      return;
    }
    root.setAttribute("data-ready", "");
    live = new Assessment(root, data);
  }

  window.addEventListener("hashchange", () => {
    if (live && live.root.isConnected) live.fromLink();
  });

  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(start);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
