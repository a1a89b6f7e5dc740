/*
 * Progress as a file, to carry it between browsers: phone and laptop, the
 * online site and the offline edition. Export writes every entry this site keeps
 * in localStorage into one JSON file; import merges such a file into this
 * browser, entry by entry, so that neither side loses work:
 *
 *   a flashcard       the more recent review wins (old Leitner entries convert first)
 *   a quiz score      the higher best score; the missed list of the later attempt
 *   exam history      both histories, one entry per exam, newest 100
 *   missed-card list  both lists
 *   anything else     this browser's value, or the file's where this one has none
 *
 * An entry that does not have the shape its key needs is skipped and counted,
 * never written. No DOM here: progress.js has the buttons.
 */
(function () {
  "use strict";

  var store = window.lpicReview;
  var HISTORY_KEPT = 100; // as exam.js keeps
  var MAX_FILE_BYTES = 5 * 1024 * 1024;

  function isNumber(value) { return typeof value === "number" && isFinite(value); }
  function isObject(value) { return !!value && typeof value === "object" && !Array.isArray(value); }

  function isQuizStats(value) {
    return isObject(value) && isNumber(value.best) && Array.isArray(value.missed);
  }

  function isExam(entry) {
    return isObject(entry) && isNumber(entry.date) && isNumber(entry.right) && isNumber(entry.total);
  }

  function asCard(value) {
    if (store.isFsrsRecord(value)) return value;
    if (store.isLeitnerRecord(value)) return store.fromLeitner(value);
    return null;
  }

  // The rule for one key: the merged value, or undefined when the file's value is unusable.
  function mergeEntry(name, here, incoming) {
    if (name.indexOf("card:") === 0) {
      var card = asCard(incoming);
      if (!card) return undefined;
      var mine = asCard(here);
      return mine && (mine.last_review || 0) >= (card.last_review || 0) ? mine : card;
    }
    if (name.indexOf("quiz:") === 0) {
      if (!isQuizStats(incoming)) return undefined;
      if (!isQuizStats(here)) return incoming;
      var later = (incoming.last || 0) > (here.last || 0) ? incoming : here;
      return { best: Math.max(here.best, incoming.best), missed: later.missed, last: later.last };
    }
    if (name === "exam:history") {
      if (!Array.isArray(incoming)) return undefined;
      var byDate = {};
      (Array.isArray(here) ? here : []).concat(incoming).forEach(function (entry) {
        if (isExam(entry) && !(entry.date in byDate)) byDate[entry.date] = entry;
      });
      return Object.keys(byDate).map(function (date) { return byDate[date]; })
        .sort(function (a, b) { return b.date - a.date; }).slice(0, HISTORY_KEPT);
    }
    if (store.PREFIX + name === store.MISSED_KEY) {
      if (!isObject(incoming)) return undefined;
      var union = isObject(here) ? JSON.parse(JSON.stringify(here)) : {};
      Object.keys(incoming).forEach(function (id) {
        if (isNumber(incoming[id])) union[id] = Math.max(union[id] || 0, incoming[id]);
      });
      return union;
    }
    return here === null ? incoming : here;
  }

  // Parses and merges a file's text; returns {cards, quizzes, exams, skipped}.
  // Throws an Error with a reader-facing message when the file is not ours.
  function importText(textContent) {
    if (textContent.length > MAX_FILE_BYTES) throw new Error("This file is too large to be a progress file.");
    var data;
    try { data = JSON.parse(textContent); } catch (error) { throw new Error("This file is not JSON, so it is not a progress file."); }
    if (!isObject(data) || data.format !== store.EXPORT_FORMAT || !isObject(data.items)) {
      throw new Error("This JSON file is not a progress file from this site.");
    }
    if (data.version !== 1) throw new Error("This progress file has version " + data.version + "; this site reads version 1.");
    var report = { cards: 0, quizzes: 0, exams: null, skipped: 0 }; // exams: the merged history's length, if the file had one
    Object.keys(data.items).forEach(function (name) {
      var key = store.PREFIX + name;
      var merged = mergeEntry(name, store.readJson(key), data.items[name]);
      if (merged === undefined) { report.skipped += 1; return; }
      store.writeJson(key, merged);
      if (name.indexOf("card:") === 0) report.cards += 1;
      else if (name.indexOf("quiz:") === 0) report.quizzes += 1;
      else if (name === "exam:history") report.exams = merged.length;
    });
    return report;
  }

  function exportText(now) { return JSON.stringify(store.exportAll(now), null, 1); }

  function fileName(now) {
    return "lpic1-102.6-progress-" + new Date(now).toISOString().slice(0, 10) + ".json";
  }

  window.lpicProgressFile = { importText: importText, exportText: exportText, fileName: fileName, mergeEntry: mergeEntry };
})();
