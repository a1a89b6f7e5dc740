/*
 * Quizzes: progressive enhancement of the question lists that macros/quiz.py
 * renders. Without JavaScript every question shows its choices and a closed
 * "Answer" block. With it, choices become radio buttons or checkboxes in a new
 * random order on every attempt, fill-in questions get a text field, and
 * "Check answers" scores the attempt, opens each explanation and offers to
 * retry the missed ones. The best score and the missed questions are kept in
 * localStorage per quiz. The practice exam (exam.js) builds on the Question
 * type defined here, which this file shares as window.lpicQuiz.
 */
(function () {
  "use strict";

  var KEY_PREFIX = "lpic1-102.6:quiz:";
  var uid = 0;

  function readStats(id) {
    try {
      var stats = JSON.parse(window.localStorage.getItem(KEY_PREFIX + id));
      if (stats && typeof stats === "object" && typeof stats.best === "number" && Array.isArray(stats.missed)) return stats;
    } catch (error) { /* corrupt or blocked storage: start afresh */ }
    return null;
  }

  function writeStats(id, stats) {
    try { window.localStorage.setItem(KEY_PREFIX + id, JSON.stringify(stats)); } catch (error) { /* not kept */ }
  }

  // The flashcards on the terms of missed questions (macros/quiz.py lists them
  // in data-cards) become due on the flashcards page. The key and its shape,
  // {cardId: time}, are review-store.js's; written here so that quiz pages need
  // not load the store. Returns how many cards were queued.
  var MISSED_CARDS_KEY = "lpic1-102.6:review:missed";

  function queueCards(questions) {
    var ids = [];
    questions.forEach(function (q) {
      (q.item.getAttribute("data-cards") || "").split(" ").forEach(function (id) {
        if (id && ids.indexOf(id) === -1) ids.push(id);
      });
    });
    if (!ids.length) return 0;
    try {
      var missed = JSON.parse(window.localStorage.getItem(MISSED_CARDS_KEY));
      if (!missed || typeof missed !== "object" || Array.isArray(missed)) missed = {};
      var now = Date.now();
      ids.forEach(function (id) { missed[id] = now; });
      window.localStorage.setItem(MISSED_CARDS_KEY, JSON.stringify(missed));
    } catch (error) {
      return 0; // blocked storage: nothing is kept, so nothing was queued
    }
    return ids.length;
  }

  // "4 flashcards on what you missed are now due for review: review them", linking to the
  // flashcards page (data-review-url on the quiz, written by macros/quiz.py).
  function reviewNotice(root, queued) {
    var url = root.getAttribute("data-review-url");
    var notice = element("span", { "class": "quiz__queued" },
      " " + queued + (queued === 1 ? " flashcard on what you missed is" : " flashcards on what you missed are") + " now due for review");
    if (url) {
      notice.appendChild(document.createTextNode(": "));
      notice.appendChild(element("a", { href: url }, "review them"));
    }
    notice.appendChild(document.createTextNode("."));
    return notice;
  }

  // Commands and paths are compared exactly; only extra whitespace is forgiven.
  function normalize(value) { return value.replace(/\s+/g, " ").trim(); }

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text) node.textContent = text;
    return node;
  }

  function shuffle(list) {
    for (var i = list.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var swap = list[i]; list[i] = list[j]; list[j] = swap;
    }
    return list;
  }

  /* ---- one question ---- */

  function Question(item) {
    this.item = item;
    this.id = item.getAttribute("data-question");
    this.type = item.getAttribute("data-type");
    this.area = item.getAttribute("data-area");
    this.areaTitle = item.getAttribute("data-area-title");
    this.areaPage = item.getAttribute("data-area-page");
    this.answer = item.querySelector(".quiz__answer");
    var prompt = item.querySelector(".quiz__prompt");
    prompt.id = prompt.id || "quiz-prompt-" + (++uid);
    if (this.type === "fill") this.buildFill(prompt);
    else this.buildChoices(prompt);
    this.result = element("p", { "class": "quiz__result" });
    item.insertBefore(this.result, this.answer);
    this.answer.hidden = true;
  }

  Question.prototype.buildChoices = function (prompt) {
    var list = this.item.querySelector(".quiz__choices");
    var fieldset = element("fieldset", { "class": "quiz__form", "aria-labelledby": prompt.id });
    var kind = this.type === "single" ? "radio" : "checkbox";
    var name = "quiz-" + (++uid);
    this.correct = [];
    this.inputs = Array.prototype.map.call(list.children, function (choice, index) {
      var label = element("label", { "class": "quiz__choice" });
      var input = element("input", { type: kind, name: name, value: String(index) });
      label.appendChild(input);
      var text = element("span");
      Array.prototype.forEach.call(choice.childNodes, function (node) { text.appendChild(node.cloneNode(true)); });
      label.appendChild(text);
      fieldset.appendChild(label);
      return { input: input, label: label, correct: choice.hasAttribute("data-correct") };
    });
    this.fieldset = fieldset;
    this.shuffleChoices(); // before the fieldset is in the page: no extra layout
    list.replaceWith(fieldset);
  };

  // A new order on every attempt: where the right answer sits tells nothing.
  Question.prototype.shuffleChoices = function () {
    if (this.inputs) this.setOrder(shuffle(this.inputs.map(function (choice, index) { return index; })));
  };

  // Show the choices in this order of indexes into the page's list (a saved exam keeps its order).
  Question.prototype.setOrder = function (order) {
    var self = this;
    order.forEach(function (index) { self.fieldset.appendChild(self.inputs[index].label); });
  };

  Question.prototype.order = function () {
    if (!this.fieldset) return []; // a fill-in question
    return Array.prototype.map.call(this.fieldset.querySelectorAll("input"), function (input) { return Number(input.value); });
  };

  // What the student entered: the text typed, or the indexes of the ticked choices.
  Question.prototype.response = function () {
    if (this.type === "fill") return this.field.value;
    return this.inputs.filter(function (choice) { return choice.input.checked; }).map(function (choice) { return Number(choice.input.value); });
  };

  Question.prototype.setResponse = function (response) {
    if (this.type === "fill") this.field.value = typeof response === "string" ? response : "";
    else this.inputs.forEach(function (choice, index) { choice.input.checked = Array.isArray(response) && response.indexOf(index) !== -1; });
  };

  Question.prototype.isAnswered = function () {
    return this.type === "fill" ? normalize(this.field.value) !== "" : this.response().length > 0;
  };

  Question.prototype.buildFill = function (prompt) {
    this.accepted = Array.prototype.map.call(this.item.querySelectorAll(".quiz__accepted li"), function (li) {
      return normalize(li.textContent);
    });
    var id = "quiz-fill-" + (++uid);
    var wrap = element("div", { "class": "quiz__form" });
    var label = element("label", { "for": id, "class": "quiz__fill-label" }, "Your answer");
    this.field = element("input", { type: "text", id: id, "class": "quiz__fill", autocomplete: "off",
      autocapitalize: "off", spellcheck: "false", "aria-describedby": prompt.id });
    wrap.appendChild(label);
    wrap.appendChild(this.field);
    prompt.insertAdjacentElement("afterend", wrap);
  };

  Question.prototype.isRight = function () {
    if (this.type === "fill") return this.accepted.indexOf(normalize(this.field.value)) !== -1;
    return this.inputs.every(function (choice) { return choice.input.checked === choice.correct; });
  };

  Question.prototype.check = function () {
    var right = this.isRight();
    this.item.classList.toggle("quiz__question--right", right);
    this.item.classList.toggle("quiz__question--wrong", !right);
    this.result.textContent = right ? "✓ Right" : "✗ Not quite: read why below";
    this.setLocked(true);
    if (this.inputs) this.inputs.forEach(function (choice) { choice.label.classList.toggle("quiz__choice--correct", choice.correct); });
    this.answer.hidden = false;
    this.answer.open = true;
    return right;
  };

  Question.prototype.reset = function () {
    this.item.classList.remove("quiz__question--right", "quiz__question--wrong");
    this.result.textContent = "";
    this.setLocked(false);
    if (this.inputs) this.inputs.forEach(function (choice) { choice.input.checked = false; choice.label.classList.remove("quiz__choice--correct"); });
    else this.field.value = "";
    this.shuffleChoices();
    this.answer.open = false;
    this.answer.hidden = true;
  };

  Question.prototype.setLocked = function (locked) {
    if (this.inputs) this.inputs.forEach(function (choice) { choice.input.disabled = locked; });
    else this.field.readOnly = locked;
  };

  Question.prototype.focus = function (options) {
    (this.inputs ? this.fieldset.querySelector("input") : this.field).focus(options);
  };

  /* ---- a quiz: one question set ---- */

  function Quiz(root) {
    var self = this;
    this.root = root;
    this.id = root.getAttribute("data-quiz");
    this.all = Array.prototype.map.call(root.querySelectorAll(".quiz__question"), function (item) { return new Question(item); });
    this.active = this.all.slice();
    this.list = root.querySelector(".quiz__questions");

    var controls = this.controls = element("div", { "class": "quiz__controls" });
    this.checkButton = element("button", { type: "button", "class": "md-button md-button--primary quiz__check" }, "Check answers");
    this.retryButton = element("button", { type: "button", "class": "md-button quiz__retry", hidden: "" });
    this.againButton = element("button", { type: "button", "class": "md-button quiz__again", hidden: "" }, "Start over");
    controls.appendChild(this.checkButton);
    controls.appendChild(this.retryButton);
    controls.appendChild(this.againButton);
    this.status = element("p", { "class": "quiz__status", role: "status", "aria-live": "polite", tabindex: "-1" });
    root.appendChild(controls);
    root.appendChild(this.status);

    this.checkButton.addEventListener("click", function () { self.check(); });
    this.retryButton.addEventListener("click", function () { self.retryMissed(); });
    this.againButton.addEventListener("click", function () { self.startOver(); });
    this.showStats();
  }

  Quiz.prototype.showStats = function () {
    var stats = readStats(this.id);
    if (stats) {
      this.status.textContent = "Your best: " + stats.best + "%" + (stats.missed.length ? ", " + stats.missed.length + " missed last time." : ".");
    }
  };

  Quiz.prototype.check = function () {
    var right = this.active.filter(function (q) { return q.check(); });
    var missed = this.active.filter(function (q) { return right.indexOf(q) === -1; });
    var percent = Math.round(100 * right.length / this.active.length);
    var retrying = this.retrying;
    var stats = readStats(this.id) || { best: 0, missed: [] };
    if (!retrying) stats.best = Math.max(stats.best, percent);
    stats.missed = missed.map(function (q) { return q.id; });
    stats.last = Date.now();
    writeStats(this.id, stats);

    this.checkButton.hidden = true;
    this.againButton.hidden = false;
    this.retryButton.hidden = missed.length === 0;
    this.retryButton.textContent = "Retry the " + (missed.length === 1 ? "one" : missed.length) + " you missed";
    this.missed = missed;
    this.status.textContent = (retrying ? "Retry: " : "You scored ") + right.length + " of " + this.active.length +
      " (" + percent + "%)." + (retrying ? "" : " Your best: " + stats.best + "%.");
    var queued = queueCards(missed);
    if (queued) this.status.appendChild(reviewNotice(this.root, queued));
    this.status.focus();
  };

  Quiz.prototype.retryMissed = function () {
    var missed = this.missed || [];
    this.all.forEach(function (q) { q.item.hidden = missed.indexOf(q) === -1; });
    this.active = missed;
    this.retrying = true;
    missed.forEach(function (q) { q.reset(); });
    this.ready();
    this.status.textContent = "Retrying " + missed.length + (missed.length === 1 ? " question." : " questions.");
    if (missed.length) missed[0].focus();
  };

  Quiz.prototype.startOver = function () {
    this.retrying = false;
    this.active = this.all.slice();
    this.all.forEach(function (q) { q.item.hidden = false; q.reset(); });
    this.ready();
    this.status.textContent = "";
    this.all[0].focus();
  };

  Quiz.prototype.ready = function () {
    this.checkButton.hidden = false;
    this.retryButton.hidden = true;
    this.againButton.hidden = true;
  };

  /* ---- start-up, on every page load and every instant navigation ---- */

  function enhance() {
    // The print edition shows the plain tables and answers; nothing to click on paper.
    if (document.querySelector("[data-print-edition]")) return;
    // One set per task, top of the page first: the quiz page has 80 questions,
    // and building them all in one go would hold up the page for a while.
    // The practice exam is exam.js's.
    var pending = Array.prototype.slice.call(document.querySelectorAll('.quiz[data-kind="quiz"]:not([data-quiz-ready])'));
    pending.forEach(function (root) { root.setAttribute("data-quiz-ready", ""); });
    function next() {
      var root = pending.shift();
      if (!root) return;
      if (root.isConnected) new Quiz(root);
      setTimeout(next, 0);
    }
    setTimeout(next, 0);
  }

  window.lpicQuiz = { Question: Question, element: element, shuffle: shuffle, readStats: readStats,
    queueCards: queueCards, reviewNotice: reviewNotice };

  // Material's document$ emits on each page, instant navigation included; from
  // file:// it never emits, so the plain DOM events start the first page too.
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(enhance);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", enhance);
  else enhance();
})();
