/*
 * The "My progress" page: fills the table that macros/progress_page.py renders
 * (one row per knowledge area) from what this browser remembers, gives each
 * area and the whole objective a verdict, and offers export and import of all
 * progress as a JSON file (progress-file.js).
 *
 * The verdict is a rule of thumb, explained on the page:
 *   cards    share of the area's flashcards learned (stability of ten days or more)
 *   answers  the better of the quiz score (each set's best, weighted by its
 *            questions on the area; sets not tried count as 0) and the share
 *            right in the last five practice exams, once they asked at least
 *            four questions on the area
 *   Ready           cards >= 80% and answers >= 80%
 *   Almost there    cards >= 50% and answers >= 65%
 *   Keep studying   anything else; Not started when nothing was tried
 */
(function () {
  "use strict";

  var store = window.lpicReview;
  var file = window.lpicProgressFile;
  var RECENT_EXAMS = 5;
  var MIN_EXAM_QUESTIONS = 4;
  var VERDICTS = [
    { name: "ready", label: "Ready", cards: 0.8, answers: 0.8 },
    { name: "almost", label: "Almost there", cards: 0.5, answers: 0.65 }
  ];

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text) node.textContent = text;
    return node;
  }

  function percent(share) { return Math.round(100 * share) + "%"; }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  function examHistory() {
    var history = store.readJson(store.PREFIX + "exam:history");
    return Array.isArray(history) ? history.filter(function (entry) {
      return entry && typeof entry === "object" && typeof entry.right === "number" && typeof entry.total === "number" && entry.total > 0;
    }) : [];
  }

  /* ---- one area ---- */

  function cardsOf(row, now) {
    var ids = (row.getAttribute("data-cards") || "").split(" ").filter(Boolean);
    var c = store.counts(ids, now);
    c.total = ids.length;
    return c;
  }

  function quizzesOf(row) {
    var weighted = 0, questions = 0, tried = 0, sets = 0;
    (row.getAttribute("data-sets") || "").split(" ").filter(Boolean).forEach(function (entry) {
      var parts = entry.split(":");
      var count = Number(parts[1]);
      var stats = store.readJson(store.PREFIX + "quiz:" + parts[0]);
      sets += 1;
      questions += count;
      if (stats && typeof stats.best === "number") { tried += 1; weighted += stats.best / 100 * count; }
    });
    return { share: questions ? weighted / questions : 0, tried: tried, sets: sets };
  }

  function examsOf(area, history) {
    var right = 0, total = 0;
    history.slice(0, RECENT_EXAMS).forEach(function (entry) {
      var row = entry.areas && entry.areas[area];
      if (row && typeof row.right === "number" && typeof row.total === "number") { right += row.right; total += row.total; }
    });
    return { right: right, total: total };
  }

  function verdictOf(cards, quizzes, exams) {
    var cardShare = cards.total ? cards.learned / cards.total : 1;
    var answers = Math.max(quizzes.share, exams.total >= MIN_EXAM_QUESTIONS ? exams.right / exams.total : 0);
    var started = cards.total - cards["new"] > 0 || quizzes.tried > 0 || exams.total > 0;
    var verdict = VERDICTS.filter(function (v) { return cardShare >= v.cards && answers >= v.answers; })[0];
    return {
      name: verdict ? verdict.name : started ? "studying" : "not-started",
      label: verdict ? verdict.label : started ? "Keep studying" : "Not started",
      score: (cardShare + answers) / 2
    };
  }

  function fillRow(row, now, history) {
    var cards = cardsOf(row, now);
    var quizzes = quizzesOf(row);
    var exams = examsOf(row.getAttribute("data-area"), history);
    var verdict = verdictOf(cards, quizzes, exams);
    row.querySelector('[data-cell="cards"]').replaceChildren(
      element("span", { "class": "progress__line" }, cards.learned + " of " + cards.total + " learned"),
      element("span", { "class": "progress__line" }, cards.due + " due · " + cards["new"] + " new"));
    row.querySelector('[data-cell="quizzes"]').textContent = quizzes.tried
      ? percent(quizzes.share) + " (best scores, " + quizzes.tried + " of " + plural(quizzes.sets, "set") + " tried)"
      : "Not tried (" + plural(quizzes.sets, "set") + ")";
    row.querySelector('[data-cell="exams"]').textContent = exams.total
      ? exams.right + " of " + exams.total + " right (last " + RECENT_EXAMS + " exams)"
      : "No questions yet";
    var cell = row.querySelector('[data-cell="verdict"]');
    cell.replaceChildren(element("span", { "class": "progress__verdict progress__verdict--" + verdict.name }, verdict.label));
    return { row: row, verdict: verdict };
  }

  /* ---- the page ---- */

  function Progress(root) {
    this.root = root;
    this.summary = root.querySelector("[data-progress-summary]");
    this.buildFileControls();
    this.refresh();
  }

  Progress.prototype.refresh = function () {
    var now = Date.now();
    var history = examHistory();
    var areas = Array.prototype.map.call(this.root.querySelectorAll("tr[data-area]"), function (row) {
      return fillRow(row, now, history);
    });
    var weakest = areas.slice().sort(function (a, b) { return a.verdict.score - b.verdict.score; })[0];
    var ready = areas.filter(function (a) { return a.verdict.name === "ready"; }).length;
    var best = history.reduce(function (top, entry) { return Math.max(top, entry.right / entry.total); }, 0);
    var parts = [];
    if (ready === areas.length) {
      parts.push(element("strong", {}, "Ready for objective 102.6: "));
      parts.push(document.createTextNode("every knowledge area meets the bar. Keep reviewing the cards that fall due until exam day."));
    } else {
      parts.push(element("strong", {}, "Not ready yet: "));
      parts.push(document.createTextNode(ready + " of " + plural(areas.length, "knowledge area") + " ready. Study next: "));
      var link = weakest.row.querySelector("th a");
      parts.push(element("a", { href: link.getAttribute("href") }, link.textContent));
      parts.push(document.createTextNode("."));
    }
    parts.push(document.createTextNode(history.length
      ? " Practice exams taken: " + history.length + ", best " + percent(best) + "."
      : " No practice exam taken yet: "));
    if (!history.length) {
      parts.push(element("a", { href: this.root.getAttribute("data-exam-url") }, "take one"));
      parts.push(document.createTextNode("."));
    }
    this.summary.setAttribute("data-verdict", ready === areas.length ? "ready" : "not-ready");
    this.summary.replaceChildren.apply(this.summary, parts);
  };

  Progress.prototype.buildFileControls = function () {
    var self = this;
    var box = element("div", { "class": "progress__file" });
    var exportButton = element("button", { type: "button", "class": "md-button md-button--primary progress__export" }, "Export progress");
    var importLabel = element("label", { "class": "md-button progress__import" }, "Import progress");
    var input = element("input", { type: "file", accept: "application/json,.json", "class": "progress__import-input" });
    importLabel.appendChild(input);
    this.fileStatus = element("p", { "class": "progress__file-status", role: "status", "aria-live": "polite" });
    box.appendChild(exportButton);
    box.appendChild(importLabel);
    box.appendChild(this.fileStatus);
    var anchor = document.querySelector("[data-progress-file]");
    if (anchor) anchor.replaceChildren(box);
    else this.root.appendChild(box);

    exportButton.addEventListener("click", function () { self.exportFile(); });
    input.addEventListener("change", function () {
      if (input.files && input.files[0]) self.importFile(input.files[0]);
      input.value = ""; // the same file can be chosen again
    });
  };

  Progress.prototype.exportFile = function () {
    var now = Date.now();
    var blob = new Blob([file.exportText(now)], { type: "application/json" });
    var url = URL.createObjectURL(blob);
    var link = element("a", { href: url, download: file.fileName(now) });
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    this.fileStatus.textContent = "Saved " + file.fileName(now) + ". Import it on your other device.";
  };

  Progress.prototype.importFile = function (chosen) {
    var self = this;
    var reader = new FileReader();
    reader.onload = function () {
      try {
        var report = file.importText(String(reader.result));
        self.refresh();
        var parts = [plural(report.cards, "flashcard"), plural(report.quizzes, "quiz score")];
        if (report.exams !== null) parts.push("the exam history (" + plural(report.exams, "exam") + " now)");
        self.fileStatus.textContent = "Imported " + parts.slice(0, -1).join(", ") + " and " + parts[parts.length - 1] + "." +
          (report.skipped ? " Skipped " + report.skipped + (report.skipped === 1 ? " entry" : " entries") + " that could not be read." : "");
      } catch (error) {
        self.fileStatus.textContent = "Nothing imported. " + error.message;
      }
    };
    reader.onerror = function () { self.fileStatus.textContent = "Nothing imported: the file could not be read."; };
    reader.readAsText(chosen);
  };

  /* ---- start-up, on every page load and every instant navigation ---- */

  function enhance() {
    document.querySelectorAll("[data-progress]:not([data-progress-ready])").forEach(function (root) {
      root.setAttribute("data-progress-ready", "");
      new Progress(root);
    });
  }

  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(enhance);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", enhance);
  else enhance();
})();
