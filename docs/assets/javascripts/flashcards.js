/*
 * Flashcard review: progressive enhancement of the decks that macros/flashcards.py
 * renders as plain Question | Answer tables. Without JavaScript the tables stay as
 * they are. With it, each deck gets a progress bar and a review session, and the
 * flashcards page gets a session over every card that is due, in the order of the
 * site's navigation.
 *
 * Scheduling is FSRS, from the vendored ts-fsrs package (window.FSRS): each grade
 * updates the card's stability and difficulty, and the next review comes when
 * recall is predicted to drop to 90%. New and forgotten cards go through short
 * learning steps first, so "Again" brings a card back within minutes, in the same
 * session. review-store.js (window.lpicReview) keeps every card's state, the
 * cards that quizzes marked as missed, and today's count of new cards.
 */
(function () {
  "use strict";

  var store = window.lpicReview;
  var FSRS = window.FSRS;
  if (!store || !FSRS) {
    // widgets.js loads both first; without them the decks stay plain tables.
    window.console.error("flashcards.js: review-store.js or the vendored ts-fsrs did not load");
    return;
  }
  // Fuzz off: the same grades always give the same dates, which readers can
  // check against the schedule the page describes.
  var scheduler = FSRS.fsrs(FSRS.generatorParameters({ enable_fuzz: false, enable_short_term: true }));
  // A card graded back into a learning step that is due within this long is
  // kept in the session (shown early if nothing else is left), as Anki does.
  var LEARN_AHEAD = 20 * store.MINUTE;
  var MORE_NEW_CARDS = 10;
  var NEW_PER_DAY_CHOICES = [10, 20, 30, 50, null];
  var GRADES = [
    { name: "again", label: "Again", key: "1", rating: FSRS.Rating.Again },
    { name: "good", label: "Good", key: "2", rating: FSRS.Rating.Good },
    { name: "easy", label: "Easy", key: "3", rating: FSRS.Rating.Easy }
  ];
  var STATES = ["due", "new", "learning", "learned"];
  var uid = 0;

  /* ---- FSRS cards <-> stored records (dates as epoch ms) ---- */

  function fsrsCard(record, now) {
    if (!record) return FSRS.createEmptyCard(new Date(now));
    return {
      due: new Date(record.due), stability: record.stability, difficulty: record.difficulty,
      elapsed_days: record.elapsed_days || 0, scheduled_days: record.scheduled_days || 0,
      learning_steps: record.learning_steps || 0, reps: record.reps, lapses: record.lapses,
      state: record.state, last_review: record.last_review === null ? undefined : new Date(record.last_review)
    };
  }

  function storedRecord(card) {
    return {
      due: card.due.getTime(), stability: card.stability, difficulty: card.difficulty,
      elapsed_days: card.elapsed_days, scheduled_days: card.scheduled_days, learning_steps: card.learning_steps,
      reps: card.reps, lapses: card.lapses, state: card.state,
      last_review: card.last_review ? card.last_review.getTime() : null
    };
  }

  // The record after grading, without storing it: a pure function for tests too.
  function schedule(record, gradeName, now) {
    var grade = GRADES.filter(function (g) { return g.name === gradeName; })[0];
    return storedRecord(scheduler.next(fsrsCard(record, now), new Date(now), grade.rating).card);
  }

  /* ---- words ---- */

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  function waitText(ms) {
    var minutes = Math.max(1, Math.round(ms / store.MINUTE));
    if (minutes < 60) return minutes + " min";
    if (minutes < 24 * 60) return plural(Math.round(minutes / 60), "hour");
    var days = Math.round(ms / store.DAY);
    if (days < 31) return plural(days, "day");
    if (days < 365) return plural(Math.round(days / 30.4), "month");
    return (days / 365).toFixed(1) + " years";
  }

  /* ---- reading the cards from the rendered deck ---- */

  function cardsIn(deck) {
    return Array.prototype.map.call(deck.querySelectorAll("[data-card]"), function (element) {
      return {
        id: element.getAttribute("data-card"),
        deck: deck.getAttribute("data-deck-title") || "",
        front: element.querySelector(".flashcards__front"),
        back: element.querySelector(".flashcards__back")
      };
    });
  }

  function shuffle(list) {
    for (var i = list.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var swap = list[i]; list[i] = list[j]; list[j] = swap;
    }
    return list;
  }

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text) node.textContent = text;
    return node;
  }

  // The key that does the same, shown where a keyboard is likely (extra.css hides
  // it on touch screens). aria-keyshortcuts tells screen readers instead.
  function keyHint(key) {
    return element("kbd", { "class": "key-hint", "aria-hidden": "true" }, key);
  }

  function copyChildren(from, to) {
    to.replaceChildren.apply(to, Array.prototype.map.call(from.childNodes, function (n) { return n.cloneNode(true); }));
  }

  /* ---- one review panel: a deck's, or every deck's on the flashcards page ---- */

  function Panel(container, cards, title, hideDuringReview) {
    this.cards = cards;
    this.title = title;
    this.hidden = hideDuringReview; // the answers table, hidden while reviewing
    this.queue = [];     // cards still to show, in order
    this.learning = [];  // {card, due}: graded into a short learning step, back soon
    this.current = null;
    this.done = 0;
    this.build(container);
    this.refresh();
  }

  Panel.prototype.build = function (container) {
    var self = this;
    var root = this.root = element("section", { "class": "fc-panel", "aria-label": "Review: " + this.title });
    this.bar = element("div", { "class": "fc-bar", role: "img" });
    STATES.forEach(function (state) { self.bar.appendChild(element("span", { "class": "fc-bar__" + state })); });
    this.legend = element("p", { "class": "fc-legend" });
    var controls = element("div", { "class": "fc-controls" });
    this.start = element("button", { type: "button", "class": "md-button md-button--primary fc-start" });
    this.more = element("button", { type: "button", "class": "md-button fc-more", hidden: "" },
      "Learn " + MORE_NEW_CARDS + " more new cards today");
    var shuffleLabel = element("label", { "class": "fc-shuffle" });
    this.shuffle = element("input", { type: "checkbox" });
    shuffleLabel.appendChild(this.shuffle);
    shuffleLabel.appendChild(document.createTextNode(" Shuffle"));
    this.reset = element("button", { type: "button", "class": "md-button fc-reset" }, "Reset progress");
    [this.start, this.more, shuffleLabel, this.buildLimit(), this.reset].forEach(function (node) { controls.appendChild(node); });

    var session = this.session = element("div", { "class": "fc-session", hidden: "" });
    this.position = element("p", { "class": "fc-position" });
    this.card = element("button", { type: "button", "class": "fc-card" });
    this.faceFront = element("span", { "class": "fc-card__front" });
    this.faceBack = element("span", { "class": "fc-card__back", id: "fc-answer-" + (++uid), hidden: "" });
    this.hint = element("span", { "class": "fc-card__hint" }, "Show answer");
    this.hint.appendChild(keyHint("Space"));
    [this.faceFront, this.faceBack, this.hint].forEach(function (node) { self.card.appendChild(node); });
    this.grades = element("div", { "class": "fc-grades", role: "group", "aria-label": "How well did you know it?", hidden: "" });
    GRADES.forEach(function (grade) {
      // Focus lands on these after the flip; aria-describedby reads the answer out.
      var button = element("button", { type: "button", "class": "md-button fc-grade fc-grade--" + grade.name, "data-grade": grade.name,
        "aria-keyshortcuts": grade.key, "aria-describedby": self.faceBack.id }, grade.label);
      button.appendChild(element("span", { "class": "fc-grade__when" }));
      button.appendChild(keyHint(grade.key));
      self.grades.appendChild(button);
    });
    this.stop = element("button", { type: "button", "class": "md-button fc-stop" }, "End review");
    [this.position, this.card, this.grades, this.stop].forEach(function (node) { session.appendChild(node); });
    // Outcomes only ("Good: next review in 3 days"); the card itself shows the text.
    this.status = element("p", { "class": "fc-status", role: "status", "aria-live": "polite" });

    [this.bar, this.legend, controls, session, this.status].forEach(function (node) { root.appendChild(node); });
    container.insertBefore(root, container.firstChild);

    this.start.addEventListener("click", function () { self.begin(); });
    this.more.addEventListener("click", function () {
      store.allowMoreToday(MORE_NEW_CARDS, Date.now());
      self.refresh();
      self.start.focus();
    });
    this.reset.addEventListener("click", function () { self.resetProgress(); });
    this.card.addEventListener("click", function () { self.flip(); });
    this.grades.addEventListener("click", function (event) {
      var grade = event.target.closest("[data-grade]");
      if (grade) self.grade(grade.getAttribute("data-grade"));
    });
    this.stop.addEventListener("click", function () { self.end("Review ended."); });
    session.addEventListener("keydown", function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      var grade = GRADES.filter(function (g) { return g.key === event.key; })[0];
      if (grade && !self.grades.hidden) { event.preventDefault(); self.grade(grade.name); }
      else if (event.key === "Escape") { event.preventDefault(); self.end("Review ended."); }
    });
  };

  // The daily limit on new cards is one setting for the whole site.
  Panel.prototype.buildLimit = function () {
    var self = this;
    var label = element("label", { "class": "fc-limit" }, "New cards a day ");
    var select = this.limit = element("select", {});
    NEW_PER_DAY_CHOICES.forEach(function (choice) {
      select.appendChild(element("option", { value: choice === null ? "all" : String(choice) }, choice === null ? "No limit" : String(choice)));
    });
    label.appendChild(select);
    select.addEventListener("change", function () {
      store.writeSettings({ newPerDay: select.value === "all" ? null : Number(select.value) });
      self.refresh();
    });
    return label;
  };

  // Every card's state, read once: the counts for the bar, and the cards to
  // study now in study order: due ones first, then as many new ones as today's
  // limit allows. Cards missed in a quiz are due whatever their schedule.
  Panel.prototype.ready = function (now) {
    var missed = store.readMissed();
    var counts = { "new": 0, learning: 0, learned: 0, due: 0 };
    var due = [], fresh = [];
    this.cards.forEach(function (card) {
      var state = store.stateOf(store.readCard(card.id), now, card.id in missed);
      counts[state] += 1;
      if (state === "due") due.push(card);
      else if (state === "new") fresh.push(card);
    });
    var allowance = store.newAllowance(now);
    return { counts: counts, due: due, fresh: fresh.slice(0, allowance === Infinity ? fresh.length : allowance), waiting: fresh.length };
  };

  Panel.prototype.refresh = function () {
    var ready = this.ready(Date.now());
    var c = ready.counts;
    var total = this.cards.length || 1;
    var self = this;
    STATES.forEach(function (state) {
      self.bar.querySelector(".fc-bar__" + state).style.width = (100 * c[state] / total) + "%";
    });
    var summary = c.due + " due, " + c["new"] + " new, " + c.learning + " learning, " + c.learned + " learned";
    this.bar.setAttribute("aria-label", summary);
    this.legend.textContent = summary.replace(/, /g, " · ");
    var count = ready.due.length + ready.fresh.length;
    var limited = !count && ready.waiting > 0;
    this.start.textContent = count ? "Review " + plural(count, "card") : limited ? "Today's new cards are done" : "Nothing due";
    this.start.disabled = count === 0;
    this.more.hidden = !limited;
    var limit = store.readSettings().newPerDay;
    this.limit.value = limit === null ? "all" : String(limit);
    if (this.limit.value === "") this.limit.value = "20"; // a stored value not on the list
  };

  Panel.prototype.begin = function () {
    var ready = this.ready(Date.now());
    var due = this.shuffle.checked ? shuffle(ready.due) : ready.due;
    var fresh = this.shuffle.checked ? shuffle(ready.fresh) : ready.fresh;
    this.queue = due.concat(fresh);
    this.learning = [];
    this.done = 0;
    if (!this.queue.length) return;
    if (this.hidden) this.hidden.hidden = true;
    this.session.hidden = false;
    this.start.hidden = true;
    this.more.hidden = true;
    this.status.textContent = "";
    this.show(this.next(Date.now()));
  };

  // A learning card whose step is over comes first; then the queue; when only
  // learning cards are left, the one due soonest, a little early.
  Panel.prototype.next = function (now) {
    this.learning.sort(function (a, b) { return a.due - b.due; });
    if (this.learning.length && (this.learning[0].due <= now || !this.queue.length)) return this.learning.shift().card;
    return this.queue.shift() || null;
  };

  Panel.prototype.show = function (card) {
    this.current = card;
    copyChildren(card.front, this.faceFront);
    copyChildren(card.back, this.faceBack);
    this.faceBack.hidden = true;
    this.hint.hidden = false;
    this.grades.hidden = true;
    this.card.setAttribute("aria-expanded", "false");
    // "left" counts this card and the queue; cards in a learning step come back on top.
    this.position.textContent = "Card " + (this.done + 1) + " · " + (this.queue.length + 1) + " left" +
      (this.learning.length ? " · " + this.learning.length + " coming back" : "") +
      (card.deck && card.deck !== this.title ? " · " + card.deck : "");
    this.card.focus();
  };

  Panel.prototype.flip = function () {
    if (!this.current || !this.faceBack.hidden) return;
    var now = Date.now();
    var record = store.readCard(this.current.id);
    this.grades.querySelectorAll("[data-grade]").forEach(function (button) {
      var next = schedule(record, button.getAttribute("data-grade"), now);
      button.querySelector(".fc-grade__when").textContent = waitText(next.due - now);
    });
    this.faceBack.hidden = false;
    this.hint.hidden = true;
    this.grades.hidden = false;
    this.card.setAttribute("aria-expanded", "true");
    this.grades.querySelector(".fc-grade--good").focus();
  };

  Panel.prototype.grade = function (gradeName) {
    var card = this.current;
    if (!card || this.faceBack.hidden) return;
    var now = Date.now();
    var before = store.readCard(card.id);
    var missed = card.id in store.readMissed();
    var record = schedule(before, gradeName, now);
    store.writeCard(card.id, record);
    if ((!before || before.state === 0) && !missed) store.noteNewCard(card.id, now);
    if (missed) store.clearMissed([card.id]);
    this.done += 1;
    var wait = record.due - now;
    if (wait < LEARN_AHEAD) this.learning.push({ card: card, due: record.due });
    this.refresh();
    var label = GRADES.filter(function (g) { return g.name === gradeName; })[0].label;
    var outcome = label + ": " + (wait < LEARN_AHEAD ? "back in " + waitText(wait) + ", in this session." : "next review in " + waitText(wait) + ".");
    var next = this.next(now);
    if (next) {
      this.show(next);
      this.status.textContent = outcome;
    } else {
      this.end(outcome + " Done: " + plural(this.done, "review") + ". Come back when cards are due.");
    }
  };

  Panel.prototype.end = function (message) {
    this.queue = [];
    this.learning = [];
    this.current = null;
    this.session.hidden = true;
    this.start.hidden = false;
    if (this.hidden) this.hidden.hidden = false;
    this.refresh();
    this.status.textContent = message;
    this.start.disabled ? this.reset.focus() : this.start.focus();
  };

  Panel.prototype.resetProgress = function () {
    var self = this;
    if (this.reset.getAttribute("data-confirm") !== "yes") {
      this.reset.setAttribute("data-confirm", "yes");
      this.reset.textContent = "Click again to reset " + plural(this.cards.length, "card");
      window.setTimeout(function () {
        self.reset.removeAttribute("data-confirm");
        self.reset.textContent = "Reset progress";
      }, 5000);
      return;
    }
    var ids = this.cards.map(function (card) { return card.id; });
    ids.forEach(function (id) { store.writeCard(id, null); });
    store.clearMissed(ids);
    this.reset.removeAttribute("data-confirm");
    this.reset.textContent = "Reset progress";
    this.end("Progress reset: every card is new again.");
  };

  /* ---- start-up, on every page load and every instant navigation ---- */

  function enhance() {
    // The print edition shows the plain tables and answers; nothing to click on paper.
    if (document.querySelector("[data-print-edition]")) return;
    document.querySelectorAll(".flashcards[data-deck]:not([data-fc-ready])").forEach(function (deck) {
      deck.setAttribute("data-fc-ready", "");
      if (deck.closest(".flashcard-index__deck")) return; // reviewed through the all-decks panel
      var answers = deck.querySelector("table, dl");
      new Panel(deck, cardsIn(deck), deck.getAttribute("data-deck-title") || "Flashcards", answers);
    });
    document.querySelectorAll("[data-review-all]:not([data-fc-ready])").forEach(function (container) {
      container.setAttribute("data-fc-ready", "");
      // The decks are listed in the order of the site's navigation: study order.
      var seen = {};
      var cards = [];
      document.querySelectorAll(".flashcards[data-deck]").forEach(function (deck) {
        cardsIn(deck).forEach(function (card) {
          if (!seen[card.id]) { seen[card.id] = true; cards.push(card); }
        });
      });
      container.replaceChildren();
      new Panel(container, cards, "All decks", document.querySelector(".flashcard-index__decks"));
    });
  }

  // Material's document$ emits on each page, instant navigation included; from
  // file:// it never emits, so the plain DOM events start the first page too.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(enhance);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", enhance);
  else enhance();

  // For tests and curious readers: the scheduling rules, without the DOM.
  window.lpicFlashcards = { schedule: schedule, waitText: waitText, learnAhead: LEARN_AHEAD };
})();
