/*
 * Load each widget's script only on the pages that hold the widget: the
 * flashcard review on pages with decks, quizzes on the question pages, the
 * exam simulator on the practice exam. Every other page downloads none of
 * them, which keeps each page inside the page-weight budget (BENCHMARKS.md).
 *
 * Each script is fetched once. It starts its own widgets at once and on every
 * later page of an instant navigation (Material's document$), so this file
 * only has to fetch it the first time a page needs it.
 */
(function () {
  "use strict";

  // Resolved against this script's own URL, so it also works from file://.
  var base = document.currentScript.src;
  // In this order: exam.js builds on quiz.js.
  var WIDGETS = [
    { needs: ".flashcards[data-deck], [data-review-all]", script: "flashcards.js" },
    { needs: ".quiz[data-quiz]", script: "quiz.js" },
    { needs: '.quiz[data-kind="practice"]', script: "exam.js" }
  ];
  var fetched = {};

  function load() {
    // The print edition shows the plain tables and answers; nothing to click on paper.
    if (document.querySelector("[data-print-edition]")) return;
    WIDGETS.forEach(function (widget) {
      if (fetched[widget.script] || !document.querySelector(widget.needs)) return;
      fetched[widget.script] = true;
      var script = document.createElement("script");
      script.src = new URL(widget.script, base).href;
      script.async = false; // run in the order of WIDGETS, whenever each arrives
      document.head.appendChild(script);
    });
  }

  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(load);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", load);
  else load();
})();
