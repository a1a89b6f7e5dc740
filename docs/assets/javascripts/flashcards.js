/*
 * Flashcard review: progressive enhancement of the decks that macros/flashcards.py
 * renders as plain Question | Answer tables. Without JavaScript the tables stay as
 * they are. With it, each deck gets a progress bar and a review session, and the
 * flashcards page gets a session over every card that is due.
 *
 * Scheduling is a Leitner system: a card climbs one box on "Good", two on "Easy",
 * and falls back to box 1 on "Again". Each card's box and due date live in
 * localStorage under the card's own id, so progress survives reloads, deck edits
 * and site updates, and a corrupt entry affects only that card.
 */
(function () {
  "use strict";

  var KEY_PREFIX = "lpic1-102.6:card:";
  var MINUTE = 60 * 1000;
  var DAY = 24 * 60 * MINUTE;
  // Days until the next review for boxes 1..5; box 4 and up counts as mastered.
  var INTERVAL_DAYS = [0, 1, 3, 7, 16, 35];
  var MASTERED_BOX = 4;
  var GRADES = [
    { name: "again", label: "Again", key: "1" },
    { name: "good", label: "Good", key: "2" },
    { name: "easy", label: "Easy", key: "3" }
  ];

  /* ---- storage: never throws, never trusts what it reads ---- */

  function readRecord(id) {
    try {
      var record = JSON.parse(window.localStorage.getItem(KEY_PREFIX + id));
      return isValidRecord(record) ? record : null;
    } catch (error) {
      return null; // unparsable, or storage is blocked
    }
  }

  function isValidRecord(record) {
    return !!record && typeof record === "object" &&
      typeof record.box === "number" && record.box >= 1 && record.box <= 5 && record.box % 1 === 0 &&
      typeof record.due === "number" && isFinite(record.due);
  }

  function writeRecord(id, record) {
    try {
      if (record) window.localStorage.setItem(KEY_PREFIX + id, JSON.stringify(record));
      else window.localStorage.removeItem(KEY_PREFIX + id);
    } catch (error) {
      /* private mode or full storage: the session still works, it is just not kept */
    }
  }

  /* ---- scheduling ---- */

  function schedule(record, grade, now) {
    var box = record ? record.box : 0;
    if (grade === "again") box = 1;
    else box = Math.min(5, box + (grade === "easy" ? 2 : 1));
    var wait = grade === "again" ? MINUTE : INTERVAL_DAYS[box] * DAY;
    return { box: box, due: now + wait, reviews: ((record && record.reviews) || 0) + 1 };
  }

  function stateOf(record, now) {
    if (!record) return "new";
    if (record.due <= now) return "due";
    return record.box >= MASTERED_BOX ? "mastered" : "learning";
  }

  function counts(cards, now) {
    var result = { "new": 0, learning: 0, mastered: 0, due: 0 };
    cards.forEach(function (card) { result[stateOf(readRecord(card.id), now)] += 1; });
    return result;
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

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  /* ---- one review panel: a deck's, or every deck's on the flashcards page ---- */

  function Panel(container, cards, title, hideDuringReview) {
    this.cards = cards;
    this.title = title;
    this.hidden = hideDuringReview; // the answers table, hidden while reviewing
    this.queue = [];
    this.done = 0;
    this.build(container);
    this.refresh();
  }

  Panel.prototype.build = function (container) {
    var self = this;
    var root = this.root = element("section", { "class": "fc-panel", "aria-label": "Review: " + this.title });
    this.bar = element("div", { "class": "fc-bar", role: "img" });
    ["due", "new", "learning", "mastered"].forEach(function (state) {
      self.bar.appendChild(element("span", { "class": "fc-bar__" + state }));
    });
    this.legend = element("p", { "class": "fc-legend" });
    var controls = element("div", { "class": "fc-controls" });
    this.start = element("button", { type: "button", "class": "md-button md-button--primary fc-start" });
    var shuffleLabel = element("label", { "class": "fc-shuffle" });
    this.shuffle = element("input", { type: "checkbox" });
    shuffleLabel.appendChild(this.shuffle);
    shuffleLabel.appendChild(document.createTextNode(" Shuffle"));
    this.reset = element("button", { type: "button", "class": "md-button fc-reset" }, "Reset progress");
    controls.appendChild(this.start);
    controls.appendChild(shuffleLabel);
    controls.appendChild(this.reset);

    var session = this.session = element("div", { "class": "fc-session", hidden: "" });
    this.position = element("p", { "class": "fc-position" });
    this.card = element("button", { type: "button", "class": "fc-card", "aria-describedby": "" });
    this.faceFront = element("span", { "class": "fc-card__front" });
    this.faceBack = element("span", { "class": "fc-card__back", hidden: "" });
    this.hint = element("span", { "class": "fc-card__hint" }, "Show answer");
    this.hint.appendChild(keyHint("Space"));
    this.card.appendChild(this.faceFront);
    this.card.appendChild(this.faceBack);
    this.card.appendChild(this.hint);
    this.grades = element("div", { "class": "fc-grades", role: "group", "aria-label": "How well did you know it?", hidden: "" });
    GRADES.forEach(function (grade) {
      var button = element("button", { type: "button", "class": "md-button fc-grade fc-grade--" + grade.name, "data-grade": grade.name,
        "aria-keyshortcuts": grade.key }, grade.label);
      button.appendChild(keyHint(grade.key));
      self.grades.appendChild(button);
    });
    this.stop = element("button", { type: "button", "class": "md-button fc-stop" }, "End review");
    session.appendChild(this.position);
    session.appendChild(this.card);
    session.appendChild(this.grades);
    session.appendChild(this.stop);
    this.status = element("p", { "class": "fc-status", role: "status", "aria-live": "polite" });

    root.appendChild(this.bar);
    root.appendChild(this.legend);
    root.appendChild(controls);
    root.appendChild(session);
    root.appendChild(this.status);
    container.insertBefore(root, container.firstChild);

    this.start.addEventListener("click", function () { self.begin(); });
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

  Panel.prototype.refresh = function () {
    var now = Date.now();
    var c = counts(this.cards, now);
    var total = this.cards.length || 1;
    var self = this;
    ["due", "new", "learning", "mastered"].forEach(function (state) {
      self.bar.querySelector(".fc-bar__" + state).style.width = (100 * c[state] / total) + "%";
    });
    var summary = c["new"] + " new, " + c.learning + " learning, " + c.mastered + " mastered, " + c.due + " due";
    this.bar.setAttribute("aria-label", summary);
    this.legend.textContent = summary.replace(/, /g, " · ");
    var ready = c.due + c["new"];
    this.start.textContent = ready ? "Review " + plural(ready, "card") : "Nothing due";
    this.start.disabled = ready === 0;
  };

  Panel.prototype.begin = function () {
    var now = Date.now();
    var due = [], fresh = [];
    this.cards.forEach(function (card) {
      var state = stateOf(readRecord(card.id), now);
      if (state === "due") due.push(card);
      else if (state === "new") fresh.push(card);
    });
    this.queue = this.shuffle.checked ? shuffle(due.concat(fresh)) : due.concat(fresh);
    this.done = 0;
    if (!this.queue.length) return;
    if (this.hidden) this.hidden.hidden = true;
    this.session.hidden = false;
    this.start.hidden = true;
    this.show();
  };

  Panel.prototype.show = function () {
    var card = this.queue[0];
    this.faceFront.replaceChildren.apply(this.faceFront, Array.prototype.map.call(card.front.childNodes, function (n) { return n.cloneNode(true); }));
    this.faceBack.replaceChildren.apply(this.faceBack, Array.prototype.map.call(card.back.childNodes, function (n) { return n.cloneNode(true); }));
    this.faceBack.hidden = true;
    this.hint.hidden = false;
    this.grades.hidden = true;
    this.card.setAttribute("aria-expanded", "false");
    this.card.disabled = false;
    var left = this.queue.length;
    this.position.textContent = "Card " + (this.done + 1) + " · " + plural(left, "card") + " left" + (card.deck && card.deck !== this.title ? " · " + card.deck : "");
    this.status.textContent = "Question: " + this.faceFront.textContent;
    this.card.focus();
  };

  Panel.prototype.flip = function () {
    if (!this.queue.length || !this.faceBack.hidden) return;
    this.faceBack.hidden = false;
    this.hint.hidden = true;
    this.grades.hidden = false;
    this.card.setAttribute("aria-expanded", "true");
    this.status.textContent = "Answer: " + this.faceBack.textContent;
    this.grades.querySelector(".fc-grade--good").focus();
  };

  Panel.prototype.grade = function (grade) {
    var card = this.queue.shift();
    if (!card) return;
    var now = Date.now();
    var record = schedule(readRecord(card.id), grade, now);
    writeRecord(card.id, record);
    this.done += 1;
    if (grade === "again") this.queue.push(card); // see it again in this session
    this.refresh();
    var next = grade === "again" ? "again in this session" : "in " + plural(INTERVAL_DAYS[record.box], "day");
    if (this.queue.length) {
      this.show();
      this.status.textContent = "Marked " + grade + "; next review " + next + ". " + this.status.textContent;
    } else {
      this.end("Done: " + plural(this.done, "card") + " reviewed. Come back when cards are due.");
    }
  };

  Panel.prototype.end = function (message) {
    this.queue = [];
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
    this.cards.forEach(function (card) { writeRecord(card.id, null); });
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
  window.lpicFlashcards = { schedule: schedule, stateOf: stateOf, keyPrefix: KEY_PREFIX };
})();
