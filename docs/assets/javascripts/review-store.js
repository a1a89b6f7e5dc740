/*
 * What this browser remembers about the reader's flashcard reviews, with no
 * DOM and no scheduling: flashcards.js schedules and shows the cards, and
 * progress.js summarises them. quiz.js adds the cards of missed questions to
 * MISSED_KEY itself, so quiz pages need not load this file.
 *
 * Every card has its own localStorage entry under its id, so progress survives
 * reloads, deck edits and site updates, and a corrupt entry affects only that
 * card. An entry is an FSRS card (ts-fsrs's Card, with times as epoch ms). The
 * first version of the site kept Leitner boxes ({box, due, reviews}); those are
 * converted once, on the first read, keeping each card's due date and count.
 */
(function () {
  "use strict";

  var PREFIX = "lpic1-102.6:";
  var CARD_PREFIX = PREFIX + "card:";
  // Cards on terms the reader got wrong in a quiz or an exam: {cardId: time}.
  var MISSED_KEY = PREFIX + "review:missed";
  // Today's new cards, for the daily limit: {day: "2026-12-05", seen: [ids], extra: n}.
  var TODAY_KEY = PREFIX + "review:today";
  var SETTINGS_KEY = PREFIX + "review:settings";
  var MINUTE = 60 * 1000;
  var DAY = 24 * 60 * MINUTE;
  // FSRS states (ts-fsrs's State enum), spelled out so that reading progress
  // needs no scheduler.
  var NEW = 0, LEARNING = 1, REVIEW = 2, RELEARNING = 3;
  // Stability is the number of days after which recall drops to 90%. A card
  // counts as learned once that is ten days or more: the reader would most
  // likely still know it a week and a half after the last review.
  var LEARNED_STABILITY_DAYS = 10;
  var DEFAULT_SETTINGS = { newPerDay: 20 };
  // Legacy Leitner boxes 1..5 waited this many days; they become FSRS stability.
  var LEITNER_DAYS = [0, 1, 3, 7, 16, 35];

  /* ---- raw storage: never throws, never trusts what it reads ---- */

  function readJson(key) {
    try { return JSON.parse(window.localStorage.getItem(key)); } catch (error) { return null; }
  }

  function writeJson(key, value) {
    try {
      if (value === null || value === undefined) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, JSON.stringify(value));
    } catch (error) {
      /* private mode or full storage: the session still works, it is just not kept */
    }
  }

  function storedKeys() {
    var keys = [];
    try {
      for (var i = 0; i < window.localStorage.length; i++) {
        var key = window.localStorage.key(i);
        if (key && key.indexOf(PREFIX) === 0) keys.push(key);
      }
    } catch (error) { /* blocked storage: nothing is kept */ }
    return keys;
  }

  /* ---- card records ---- */

  function isNumber(value) { return typeof value === "number" && isFinite(value); }

  function isFsrsRecord(record) {
    return !!record && typeof record === "object" && !Array.isArray(record) &&
      isNumber(record.due) && isNumber(record.stability) && isNumber(record.difficulty) &&
      isNumber(record.reps) && isNumber(record.lapses) && [NEW, LEARNING, REVIEW, RELEARNING].indexOf(record.state) !== -1 &&
      (record.last_review === null || isNumber(record.last_review));
  }

  function isLeitnerRecord(record) {
    return !!record && typeof record === "object" && !Array.isArray(record) &&
      isNumber(record.box) && record.box >= 1 && record.box <= 5 && record.box % 1 === 0 && isNumber(record.due);
  }

  // A Leitner box becomes a card in FSRS's review state that is due when the box
  // said, with the box's wait as its stability and a middling difficulty.
  function fromLeitner(record) {
    var days = LEITNER_DAYS[record.box];
    return {
      due: record.due, stability: days, difficulty: 5, elapsed_days: 0, scheduled_days: days,
      learning_steps: 0, reps: isNumber(record.reviews) ? record.reviews : 1, lapses: 0,
      state: REVIEW, last_review: record.due - days * DAY
    };
  }

  function readCard(id) {
    var record = readJson(CARD_PREFIX + id);
    if (isFsrsRecord(record)) return record;
    if (isLeitnerRecord(record)) {
      var converted = fromLeitner(record);
      writeJson(CARD_PREFIX + id, converted);
      return converted;
    }
    return null; // never reviewed, or an entry this code cannot read
  }

  function writeCard(id, record) { writeJson(CARD_PREFIX + id, record); }

  // Converts every Leitner entry at once, so that an export right after an
  // upgrade already holds FSRS cards.
  function migrateAll() {
    storedKeys().forEach(function (key) {
      if (key.indexOf(CARD_PREFIX) === 0) readCard(key.slice(CARD_PREFIX.length));
    });
  }

  /* ---- missed in a quiz or exam: due now, whatever the schedule says ---- */

  function readMissed() {
    var missed = readJson(MISSED_KEY);
    return missed && typeof missed === "object" && !Array.isArray(missed) ? missed : {};
  }

  function clearMissed(ids) {
    var missed = readMissed();
    ids.forEach(function (id) { delete missed[id]; });
    writeJson(MISSED_KEY, Object.keys(missed).length ? missed : null);
  }

  /* ---- the daily limit on new cards ---- */

  function dayOf(now) {
    var date = new Date(now);
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return date.getFullYear() + "-" + two(date.getMonth() + 1) + "-" + two(date.getDate());
  }

  function readSettings() {
    // newPerDay is a number, or null for no limit; anything else means the default.
    var stored = readJson(SETTINGS_KEY);
    var limit = stored && typeof stored === "object" && "newPerDay" in stored ? stored.newPerDay : undefined;
    return { newPerDay: limit === null || (isNumber(limit) && limit >= 0) ? limit : DEFAULT_SETTINGS.newPerDay };
  }

  function writeSettings(settings) { writeJson(SETTINGS_KEY, settings); }

  function readToday(now) {
    var today = readJson(TODAY_KEY);
    if (!today || today.day !== dayOf(now) || !Array.isArray(today.seen)) return { day: dayOf(now), seen: [], extra: 0 };
    return { day: today.day, seen: today.seen, extra: isNumber(today.extra) ? today.extra : 0 };
  }

  // How many cards that were never seen may still start today (Infinity: no limit).
  function newAllowance(now) {
    var limit = readSettings().newPerDay;
    if (limit === null) return Infinity;
    var today = readToday(now);
    return Math.max(0, limit + today.extra - today.seen.length);
  }

  function noteNewCard(id, now) {
    var today = readToday(now);
    if (today.seen.indexOf(id) === -1) today.seen.push(id);
    writeJson(TODAY_KEY, today);
  }

  function allowMoreToday(count, now) {
    var today = readToday(now);
    today.extra += count;
    writeJson(TODAY_KEY, today);
  }

  /* ---- what a card is now ---- */

  // "new" (never reviewed), "due" (to review now), "learning" (seen, not yet
  // remembered for long) or "learned" (stability of ten days or more).
  function stateOf(record, now, missed) {
    if (missed) return "due";
    if (!record || record.state === NEW) return "new";
    if (record.due <= now) return "due";
    return record.state === REVIEW && record.stability >= LEARNED_STABILITY_DAYS ? "learned" : "learning";
  }

  function counts(ids, now) {
    var missed = readMissed();
    var result = { "new": 0, learning: 0, learned: 0, due: 0 };
    ids.forEach(function (id) { result[stateOf(readCard(id), now, id in missed)] += 1; });
    return result;
  }

  /* ---- all progress as one file, to move it between browsers ---- */

  var EXPORT_FORMAT = "lpic1-102.6-progress";

  function exportAll(now) {
    migrateAll();
    var items = {};
    storedKeys().sort().forEach(function (key) {
      var value = readJson(key);
      if (value !== null) items[key.slice(PREFIX.length)] = value;
    });
    return { format: EXPORT_FORMAT, version: 1, exported: new Date(now).toISOString(), items: items };
  }

  window.lpicReview = {
    MINUTE: MINUTE,
    DAY: DAY,
    PREFIX: PREFIX,
    CARD_PREFIX: CARD_PREFIX,
    MISSED_KEY: MISSED_KEY,
    EXPORT_FORMAT: EXPORT_FORMAT,
    readJson: readJson,
    writeJson: writeJson,
    storedKeys: storedKeys,
    isFsrsRecord: isFsrsRecord,
    isLeitnerRecord: isLeitnerRecord,
    fromLeitner: fromLeitner,
    readCard: readCard,
    writeCard: writeCard,
    migrateAll: migrateAll,
    readMissed: readMissed,
    clearMissed: clearMissed,
    readSettings: readSettings,
    writeSettings: writeSettings,
    newAllowance: newAllowance,
    noteNewCard: noteNewCard,
    allowMoreToday: allowMoreToday,
    stateOf: stateOf,
    counts: counts,
    exportAll: exportAll
  };
  migrateAll();
})();
