/*
 * The practice exam: a simulator built on quiz.js's questions (window.lpicQuiz).
 *
 * A draw of questions in equal shares per knowledge area, numbered, with a
 * navigator that shows which are answered, unanswered or flagged, a "Flag for
 * review" toggle, a clock that stays on screen, and a warning before handing in
 * unanswered questions. Scores go to a history of past exams.
 *
 * The exam in progress lives in localStorage: the questions drawn, the order of
 * their choices, the answers, the flags and the time it ends. A reload or a
 * closed tab loses nothing, and the clock keeps running meanwhile, as it would
 * in a test centre. A finished exam stays on show until a new one starts, so
 * following "Study this page" and pressing Back returns to the results.
 */
(function () {
  "use strict";

  var quiz = window.lpicQuiz;
  var element = quiz.element;
  var CURRENT_KEY = "lpic1-102.6:exam:current";
  var HISTORY_KEY = "lpic1-102.6:exam:history";
  var HISTORY_KEPT = 100;
  // The first version of this page kept only a best score, as a quiz named "practice-exam".
  var LEGACY_ID = "practice-exam";
  var LEGACY_KEY = "lpic1-102.6:quiz:" + LEGACY_ID;
  // The default exam: this many questions from each knowledge area.
  var DEFAULT_PER_AREA = 2;
  // Exam 101-500 gives 90 minutes for 60 questions.
  var PACES = [
    { value: "90", label: "Exam pace: 1.5 minutes a question" },
    { value: "180", label: "Relaxed: 3 minutes a question" },
    { value: "0", label: "No time limit" }
  ];
  var WARN_AT_S = [300, 60];
  var PHONE = "(max-width: 59.984375em)"; // Material's breakpoint for the drawer navigation

  /* ---- storage: never throws, never trusts what it reads ---- */

  function read(key) {
    try { return JSON.parse(window.localStorage.getItem(key)); } catch (error) { return null; }
  }

  function write(key, value) {
    try { window.localStorage.setItem(key, JSON.stringify(value)); } catch (error) { /* not kept */ }
  }

  function readHistory() {
    var history = read(HISTORY_KEY);
    return Array.isArray(history) ? history.filter(function (entry) {
      return entry && typeof entry.date === "number" && typeof entry.right === "number" && typeof entry.total === "number";
    }) : [];
  }

  function plural(count, word) { return count + " " + word + (count === 1 ? "" : "s"); }

  function minutesAndSeconds(seconds) {
    return Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0");
  }

  function percent(right, total) { return Math.round(100 * right / (total || 1)); }

  // A table with a caption, column headings and an empty body.
  function headedTable(caption, headings) {
    var table = element("table");
    table.appendChild(element("caption", {}, caption));
    var head = table.appendChild(element("thead")).appendChild(element("tr"));
    headings.forEach(function (label) { head.appendChild(element("th", { scope: "col" }, label)); });
    table.appendChild(element("tbody"));
    return table;
  }

  // The area ids of {area: {right, total}}, lowest share right first.
  function weakestFirst(areas) {
    return Object.keys(areas).sort(function (a, b) { return areas[a].right / areas[a].total - areas[b].right / areas[b].total; });
  }

  /* ---- the exam ---- */

  function Exam(root) {
    var self = this;
    this.root = root;
    this.list = root.querySelector(".quiz__questions");
    this.list.hidden = true; // before anything changes in it, so nothing is styled twice
    // The pool of every question. A question becomes interactive (quiz.Question)
    // only when an exam draws it: building all 80 at once held up the page.
    this.pool = Array.prototype.map.call(root.querySelectorAll(".quiz__question"), function (item) {
      return { id: item.getAttribute("data-question"), area: item.getAttribute("data-area"), item: item };
    });
    this.byId = {};
    this.pool.forEach(function (entry) { self.byId[entry.id] = entry; });
    this.built = {};
    this.areaCount = Object.keys(this.pool.reduce(function (seen, entry) { seen[entry.area] = true; return seen; }, {})).length;
    this.active = [];
    // Top to bottom: settings, the bar, results and messages, past exams, the questions, their controls.
    this.buildSetup();
    this.buildBar();
    this.buildResultsAndControls();
    this.buildHistory();
    root.addEventListener("input", function () { self.save(); });
    root.addEventListener("change", function () { self.save(); });
    this.resume(read(CURRENT_KEY));
  }

  Exam.prototype.buildSetup = function () {
    var self = this;
    var setup = this.setup = element("form", { "class": "quiz__setup", "aria-label": "Practice exam settings" });
    var sizeLabel = element("label", {}, "Questions ");
    this.size = element("select", { name: "size" });
    var perArea = [1, DEFAULT_PER_AREA, 3, 5].map(function (n) { return n * self.areaCount; })
      .filter(function (n) { return n < self.pool.length; });
    perArea.concat([this.pool.length]).forEach(function (n) {
      var label = n === self.pool.length ? "All " + n : n + ": " + (n / self.areaCount) + " from each area";
      self.size.appendChild(element("option", { value: String(n) }, label));
    });
    this.size.value = String(Math.min(DEFAULT_PER_AREA * this.areaCount, this.pool.length));
    sizeLabel.appendChild(this.size);
    var paceLabel = element("label", {}, "Time ");
    this.pace = element("select", { name: "pace" });
    PACES.forEach(function (pace) { self.pace.appendChild(element("option", { value: pace.value }, pace.label)); });
    paceLabel.appendChild(this.pace);
    this.summary = element("output", { "class": "exam__summary" });
    var start = element("button", { type: "submit", "class": "md-button md-button--primary" }, "Start the exam");
    [sizeLabel, paceLabel, this.summary, start].forEach(function (node) { setup.appendChild(node); });
    this.root.insertBefore(setup, this.list);
    function summarise() {
      var seconds = self.seconds();
      self.summary.textContent = plural(Number(self.size.value), "question") + ", " +
        (seconds ? plural(Math.round(seconds / 60), "minute") : "untimed");
    }
    this.size.addEventListener("change", summarise);
    this.pace.addEventListener("change", summarise);
    summarise();
    setup.addEventListener("submit", function (event) { event.preventDefault(); self.start(); });
  };

  Exam.prototype.seconds = function () {
    return Number(this.size.value) * Number(this.pace.value);
  };

  // Stays in view while the questions scroll under it (position: sticky).
  Exam.prototype.buildBar = function () {
    var self = this;
    var bar = this.bar = element("div", { "class": "exam__bar", role: "region", "aria-label": "Exam progress", hidden: "" });
    this.clock = element("span", { "class": "exam__clock", role: "timer" });
    this.progress = element("span", { "class": "exam__progress" });
    this.navToggle = element("button", { type: "button", "class": "md-button exam__toggle", "aria-expanded": "false",
      "aria-controls": "exam-navigator" }, "Questions");
    var submit = element("button", { type: "button", "class": "md-button md-button--primary exam__submit" }, "Submit");
    this.navigator = element("nav", { id: "exam-navigator", "class": "exam__navigator", "aria-label": "Go to question", hidden: "" });
    this.jumps = element("ol", { "class": "exam__jumps" });
    this.navigator.appendChild(this.jumps);
    this.navigator.appendChild(element("p", { "class": "exam__legend" },
      "Filled: answered. Outlined: unanswered. ⚑: flagged for review."));
    [this.clock, this.progress, this.navToggle, submit, this.navigator].forEach(function (node) { bar.appendChild(node); });
    this.root.insertBefore(bar, this.list);
    this.navToggle.addEventListener("click", function () { self.showNavigator(self.navigator.hidden); });
    submit.addEventListener("click", function () { self.submit(); });
    this.jumps.addEventListener("click", function (event) {
      var button = event.target.closest("[data-jump]");
      if (button) self.jumpTo(self.active[Number(button.getAttribute("data-jump"))]);
    });
  };

  Exam.prototype.buildResultsAndControls = function () {
    var self = this;
    var controls = this.controls = element("div", { "class": "quiz__controls", hidden: "" });
    this.submitButton = element("button", { type: "button", "class": "md-button md-button--primary" }, "Submit answers");
    this.abandonButton = element("button", { type: "button", "class": "md-button" }, "Abandon this exam");
    controls.appendChild(this.submitButton);
    controls.appendChild(this.abandonButton);
    // The score comes above the questions, where the exam began.
    var results = element("div", { "class": "exam__results" });
    this.status = element("p", { "class": "quiz__status", role: "status", "aria-live": "polite", tabindex: "-1" });
    this.breakdown = element("div", { "class": "quiz__breakdown", hidden: "" });
    this.newButton = element("button", { type: "button", "class": "md-button md-button--primary exam__new", hidden: "" }, "New exam");
    [this.status, this.breakdown, this.newButton].forEach(function (node) { results.appendChild(node); });
    this.root.insertBefore(results, this.list);
    this.dialog = element("dialog", { "class": "exam__dialog", "aria-labelledby": "exam-dialog-text" });
    var form = element("form", { method: "dialog" });
    this.dialogText = element("p", { id: "exam-dialog-text" });
    this.dialogConfirm = element("button", { value: "confirm", "class": "md-button md-button--primary" });
    this.dialogCancel = element("button", { value: "cancel", "class": "md-button", autofocus: "" });
    [this.dialogText, this.dialogConfirm, this.dialogCancel].forEach(function (node) { form.appendChild(node); });
    this.dialog.appendChild(form);
    this.root.appendChild(controls);
    this.root.appendChild(this.dialog);
    this.submitButton.addEventListener("click", function () { self.submit(); });
    this.abandonButton.addEventListener("click", function () {
      self.confirm("Abandon this exam? It will not be scored.", "Abandon", "Keep answering", function () { self.abandon(); });
    });
    this.newButton.addEventListener("click", function () { self.showSetup(); self.size.focus(); });
    this.dialog.addEventListener("close", function () {
      var then = self.onConfirm;
      self.onConfirm = null;
      if (self.dialog.returnValue === "confirm" && then) then();
    });
  };

  Exam.prototype.buildHistory = function () {
    var self = this;
    this.history = element("div", { "class": "exam__history", hidden: "" });
    this.root.insertBefore(this.history, this.list);
    this.history.addEventListener("click", function (event) {
      if (!event.target.closest("[data-clear-history]")) return;
      self.confirm("Delete the scores of all your past exams?", "Delete", "Cancel", function () {
        write(HISTORY_KEY, []);
        try { window.localStorage.removeItem(LEGACY_KEY); } catch (error) { /* blocked storage: nothing kept anyway */ }
        self.showHistory();
        self.status.textContent = "Score history deleted.";
      });
    });
  };

  // A modal question; the safe answer has the focus, and Escape picks it.
  Exam.prototype.confirm = function (message, action, cancel, then) {
    this.dialogText.textContent = message;
    this.dialogConfirm.textContent = action;
    this.dialogCancel.textContent = cancel;
    this.onConfirm = then;
    this.dialog.returnValue = "";
    this.dialog.showModal();
  };

  /* ---- phases: setup, running, done ---- */

  // The parts of the page each phase shows; showHistory() hides an empty history.
  var PARTS = ["setup", "history", "bar", "breakdown", "newButton", "list", "controls"];
  var SHOWN = { setup: ["setup", "history"], running: ["bar", "list", "controls"], done: ["breakdown", "newButton", "history", "list"] };

  Exam.prototype.showParts = function (phase) {
    var self = this;
    PARTS.forEach(function (part) { self[part].hidden = SHOWN[phase].indexOf(part) === -1; });
  };

  Exam.prototype.showSetup = function () {
    window.clearInterval(this.timer);
    this.state = null;
    write(CURRENT_KEY, null);
    this.root.removeAttribute("data-exam");
    this.showParts("setup");
    this.status.textContent = "";
    this.showHistory();
  };

  Exam.prototype.question = function (entry) {
    return this.built[entry.id] || (this.built[entry.id] = new quiz.Question(entry.item));
  };

  // Equal shares per knowledge area, so every area is tested whatever the size.
  Exam.prototype.draw = function (count) {
    var byArea = {};
    quiz.shuffle(this.pool.slice()).forEach(function (entry) { (byArea[entry.area] = byArea[entry.area] || []).push(entry); });
    var areas = quiz.shuffle(Object.keys(byArea));
    var chosen = [];
    while (chosen.length < count) {
      var added = false;
      areas.forEach(function (area) {
        if (chosen.length < count && byArea[area].length) { chosen.push(byArea[area].shift()); added = true; }
      });
      if (!added) break;
    }
    return quiz.shuffle(chosen);
  };

  Exam.prototype.start = function () {
    var chosen = this.draw(Number(this.size.value)).map(this.question, this);
    chosen.forEach(function (q) { q.reset(); });
    var seconds = this.seconds();
    var now = Date.now();
    this.state = {
      phase: "running", started: now, ends: seconds ? now + seconds * 1000 : 0, seconds: seconds,
      questions: chosen.map(function (q) { return { id: q.id, order: q.order() }; }), answers: {}, flags: {}
    };
    this.save();
    this.show(chosen);
    this.startClock();
    this.status.textContent = "Exam started: " + plural(chosen.length, "question") +
      (seconds ? ", " + plural(Math.round(seconds / 60), "minute") + "." : ", no time limit.");
    chosen[0].focus();
  };

  // Back to an exam that was running or finished when the page was left.
  Exam.prototype.resume = function (state) {
    var self = this;
    var valid = state && (state.phase === "running" || state.phase === "done") && Array.isArray(state.questions) &&
      state.answers && typeof state.answers === "object" && state.flags && typeof state.flags === "object";
    var entries = valid ? state.questions.map(function (saved) { return saved && self.byId[saved.id]; }) : [];
    // None, or a site update removed one of its questions.
    if (!entries.length || !entries.every(Boolean)) { this.showSetup(); return; }
    var chosen = entries.map(this.question, this);
    this.state = state;
    chosen.forEach(function (q, index) {
      q.reset();
      var order = state.questions[index].order;
      if (q.inputs && Array.isArray(order) && order.length === q.inputs.length) q.setOrder(order);
      q.setResponse(state.answers[q.id]);
    });
    this.show(chosen);
    if (state.phase === "done") this.showResults();
    else if (state.ends && Date.now() >= state.ends) this.finish("Time ran out while you were away.");
    else { this.startClock(); this.status.textContent = "Exam resumed."; }
  };

  Exam.prototype.show = function (chosen) {
    var self = this;
    this.active = chosen;
    this.root.setAttribute("data-exam", "running");
    this.pool.forEach(function (entry) { entry.item.hidden = true; });
    this.jumps.replaceChildren();
    chosen.forEach(function (q, index) {
      self.list.appendChild(q.item);
      q.item.hidden = false;
      self.numberQuestion(q, index);
      var jump = element("button", { type: "button", "class": "exam__jump", "data-jump": String(index) }, String(index + 1));
      self.jumps.appendChild(element("li")).appendChild(jump);
    });
    this.showParts("running");
    this.showNavigator(!window.matchMedia(PHONE).matches);
    this.refresh();
  };

  // "Question 3 of 20" and a flag toggle above each question, made once per question.
  Exam.prototype.numberQuestion = function (q, index) {
    var self = this;
    if (!q.examHead) {
      q.examHead = element("div", { "class": "exam__head" });
      q.examNumber = element("span", { "class": "exam__number" });
      q.flagButton = element("button", { type: "button", "class": "md-button exam__flag", "aria-pressed": "false" }, "Flag for review");
      q.examHead.appendChild(q.examNumber);
      q.examHead.appendChild(q.flagButton);
      q.item.insertBefore(q.examHead, q.item.firstChild);
      q.flagButton.addEventListener("click", function () {
        if (!self.state || self.state.phase !== "running") return;
        self.state.flags[q.id] = !self.state.flags[q.id];
        self.save();
      });
    }
    q.examNumber.textContent = "Question " + (index + 1) + " of " + this.active.length;
  };

  Exam.prototype.save = function () {
    var state = this.state;
    if (!state || state.phase !== "running") return;
    this.active.forEach(function (q) {
      if (q.isAnswered()) state.answers[q.id] = q.response();
      else delete state.answers[q.id];
    });
    write(CURRENT_KEY, state);
    this.refresh();
  };

  // The navigator, the answered count and the flag buttons follow the state.
  Exam.prototype.refresh = function () {
    var state = this.state;
    var running = state.phase === "running";
    var answered = 0, flagged = 0;
    var jumps = this.jumps.querySelectorAll("[data-jump]");
    this.active.forEach(function (q, index) {
      var isAnswered = q.isAnswered(), isFlagged = Boolean(state.flags[q.id]);
      answered += isAnswered ? 1 : 0;
      flagged += isFlagged ? 1 : 0;
      var jump = jumps[index];
      jump.classList.toggle("exam__jump--answered", isAnswered);
      jump.classList.toggle("exam__jump--flagged", isFlagged);
      jump.setAttribute("aria-label", "Question " + (index + 1) + ": " + (isAnswered ? "answered" : "unanswered") +
        (isFlagged ? ", flagged" : ""));
      q.flagButton.setAttribute("aria-pressed", String(isFlagged));
      q.flagButton.hidden = !running;
    });
    this.progress.textContent = answered + " of " + this.active.length + " answered" + (flagged ? " · " + flagged + " flagged" : "");
    this.counts = { answered: answered, flagged: flagged };
  };

  Exam.prototype.showNavigator = function (open) {
    this.navigator.hidden = !open;
    this.navToggle.setAttribute("aria-expanded", String(open));
  };

  Exam.prototype.jumpTo = function (q) {
    if (window.matchMedia(PHONE).matches) this.showNavigator(false); // give the screen back on a phone
    // Land below the bar, wherever it sticks and however tall it is now.
    var stuckAt = parseFloat(window.getComputedStyle(this.bar).top) || 0;
    this.list.style.setProperty("--exam-bar-height", (stuckAt + this.bar.offsetHeight + 8) + "px");
    q.item.scrollIntoView({ block: "start" });
    q.focus({ preventScroll: true });
  };

  Exam.prototype.startClock = function () {
    var self = this;
    var state = this.state;
    window.clearInterval(this.timer);
    this.clock.hidden = !state.ends || state.phase !== "running";
    if (this.clock.hidden) return;
    function tick() {
      // Instant navigation replaced the page: this exam is gone.
      if (!self.root.isConnected || self.state !== state) { window.clearInterval(self.timer); return; }
      var left = Math.max(0, Math.ceil((state.ends - Date.now()) / 1000));
      self.clock.textContent = "Time left " + minutesAndSeconds(left);
      self.clock.classList.toggle("exam__clock--low", left <= WARN_AT_S[WARN_AT_S.length - 1]);
      if (WARN_AT_S.indexOf(left) !== -1) self.status.textContent = plural(left / 60, "minute") + " left.";
      if (left === 0) self.finish("Time is up.");
    }
    tick();
    this.timer = window.setInterval(tick, 1000);
  };

  Exam.prototype.submit = function () {
    var self = this;
    this.save();
    var unanswered = this.active.length - this.counts.answered;
    var flagged = this.counts.flagged;
    if (!unanswered && !flagged) { this.finish(""); return; }
    var parts = [];
    if (unanswered) parts.push(plural(unanswered, "question") + (unanswered === 1 ? " is" : " are") + " unanswered");
    if (flagged) parts.push(flagged + (flagged === 1 ? " is" : " are") + " flagged for review");
    var message = parts.join(" and ") + ". Submit anyway?";
    this.confirm(message.charAt(0).toUpperCase() + message.slice(1), "Submit anyway", "Keep answering", function () { self.finish(""); });
  };

  Exam.prototype.abandon = function () {
    this.showSetup();
    this.status.textContent = "Exam abandoned: it was not scored.";
    this.size.focus();
  };

  Exam.prototype.finish = function (reason) {
    var state = this.state;
    if (!state || state.phase !== "running") return;
    this.save();
    var right = this.active.filter(function (q) { return q.isRight(); });
    state.phase = "done";
    state.finished = Math.min(Date.now(), state.ends || Infinity);
    state.right = right.map(function (q) { return q.id; });
    state.reason = reason;
    // The cards on the terms of the missed questions become due for review.
    state.queued = quiz.queueCards(this.active.filter(function (q) { return right.indexOf(q) === -1; }));
    write(CURRENT_KEY, state);
    var history = readHistory();
    history.unshift({ date: state.finished, right: right.length, total: this.active.length, seconds: state.seconds,
      used: Math.max(0, Math.round((state.finished - state.started) / 1000)), areas: this.byArea(right) });
    write(HISTORY_KEY, history.slice(0, HISTORY_KEPT));
    this.showResults();
    this.status.focus();
  };

  // {area: {title, page, right, total}} for one finished exam.
  Exam.prototype.byArea = function (right) {
    var rows = {};
    this.active.forEach(function (q) {
      var row = rows[q.area] = rows[q.area] || { title: q.areaTitle, page: q.areaPage, right: 0, total: 0 };
      row.total += 1;
      if (right.indexOf(q) !== -1) row.right += 1;
    });
    return rows;
  };

  Exam.prototype.showResults = function () {
    var state = this.state;
    window.clearInterval(this.timer);
    this.root.setAttribute("data-exam", "done");
    var right = this.active.filter(function (q) { return state.right.indexOf(q.id) !== -1; });
    this.active.forEach(function (q) { q.check(); });
    this.refresh();
    this.showParts("done"); // no bar: nothing left to time or to navigate, and the score comes first
    var used = Math.max(0, Math.round((state.finished - state.started) / 1000));
    this.status.textContent = (state.reason ? state.reason + " " : "") + "You scored " + right.length + " of " +
      this.active.length + " (" + percent(right.length, this.active.length) + "%) in " + minutesAndSeconds(used) + ".";
    if (state.queued) this.status.appendChild(quiz.reviewNotice(this.root, state.queued));
    this.showBreakdown(this.byArea(right));
    this.showHistory();
  };

  Exam.prototype.showBreakdown = function (rows) {
    var table = headedTable("Results by knowledge area, weakest first", ["Knowledge area", "Right", "Review"]);
    var body = table.querySelector("tbody");
    weakestFirst(rows).forEach(function (area) {
      var row = rows[area];
      var tr = body.appendChild(element("tr", { "data-area": area }));
      tr.appendChild(element("th", { scope: "row" }, row.title));
      tr.appendChild(element("td", {}, row.right + " of " + row.total));
      tr.appendChild(element("td")).appendChild(element("a", { href: row.page }, row.right === row.total ? "Page" : "Study this page"));
    });
    this.breakdown.replaceChildren(table);
  };

  // Past exams, newest first: date, score, and each area's share, weakest first.
  Exam.prototype.showHistory = function () {
    var history = readHistory();
    var legacy = quiz.readStats(LEGACY_ID);
    this.history.hidden = !history.length && !legacy;
    if (this.history.hidden) { this.history.replaceChildren(); return; }
    var best = history.reduce(function (top, entry) { return Math.max(top, percent(entry.right, entry.total)); }, legacy ? legacy.best : 0);
    var parts = [element("p", { "class": "exam__best" }, "Your best score: " + best + "%.")];
    if (history.length) {
      var scroller = element("div", { "class": "exam__scroll" });
      var table = scroller.appendChild(headedTable("Your past exams, newest first", ["Date", "Score", "By knowledge area"]));
      var body = table.querySelector("tbody");
      history.forEach(function (entry) {
        var tr = body.appendChild(element("tr"));
        var date = new Date(entry.date).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
        tr.appendChild(element("th", { scope: "row" }, date));
        tr.appendChild(element("td", {}, entry.right + " of " + entry.total + " (" + percent(entry.right, entry.total) + "%)"));
        var areas = entry.areas && typeof entry.areas === "object" ? entry.areas : {};
        var list = element("ul", { "class": "exam__areas" });
        weakestFirst(areas).forEach(function (area) {
          list.appendChild(element("li", {}, String(areas[area].title) + " " + areas[area].right + "/" + areas[area].total));
        });
        tr.appendChild(element("td")).appendChild(list);
      });
      parts.push(scroller);
      parts.push(element("button", { type: "button", "class": "md-button", "data-clear-history": "" }, "Delete score history"));
    }
    this.history.replaceChildren.apply(this.history, parts);
  };

  /* ---- start-up, on every page load and every instant navigation ---- */

  function enhance() {
    document.querySelectorAll('.quiz[data-kind="practice"]:not([data-quiz-ready])').forEach(function (root) {
      root.setAttribute("data-quiz-ready", "");
      new Exam(root);
    });
  }

  // Material's document$ emits on each page, instant navigation included; from
  // file:// it never emits, so the plain DOM events start the first page too.
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(enhance);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", enhance);
  else enhance();
})();
