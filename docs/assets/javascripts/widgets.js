/*
 * Load each widget's script only on the pages that hold the widget: the
 * flashcard review on pages with decks, the progress summary on "My progress",
 * quizzes on the question pages, the exam simulator on the practice exam,
 * the full-size diagram viewer on pages with diagrams.
 * Every other page downloads none of them, which keeps each page inside the page-weight budget (BENCHMARKS.md).
 *
 * Each script is fetched once. It starts its own widgets at once and on every
 * later page of an instant navigation (Material's document$), so this file
 * only has to fetch it the first time a page needs it.
 */
(function () {
  "use strict";

  // Resolved against this script's own URL, so it also works from file://.
  var base = document.currentScript.src;
  // In this order: each script comes after the ones it builds on (the store and
  // the vendored FSRS scheduler before flashcards.js, quiz.js before exam.js).
  var WIDGETS = [
    // A topic page's deck sits at its end: its scripts wait until the page has
    // loaded and gone idle, so they never hold up the text (BENCHMARKS.md).
    { needs: ".flashcards[data-deck], [data-review-all]", scripts: ["../vendor/ts-fsrs/ts-fsrs.umd.js", "review-store.js", "flashcards.js"], whenIdle: true },
    { needs: "[data-progress]", scripts: ["review-store.js", "progress-file.js", "progress.js"] },
    { needs: ".quiz[data-quiz]", scripts: ["quiz.js"] },
    { needs: '.quiz[data-kind="practice"]', scripts: ["exam.js"] },
    // The full-size diagram viewer (pre.mermaid until drawn, then div.mermaid).
    { needs: ".mermaid", scripts: ["diagram-viewer.js"], whenIdle: true }
  ];
  var fetched = {};
  var pageWentIdle = false; // once the first page has, later pages of an instant navigation need not wait

  // extra.css keeps code in table cells on one line, so a table can get wider
  // than the column and scroll sideways. A scroller must be reachable by
  // keyboard (WCAG 2.1.1, axe's scrollable-region-focusable): it gets a tab
  // stop and a name while it scrolls, and loses them when it no longer does.
  // A ResizeObserver measures after layout instead of forcing one, and again
  // when the width changes (a phone turned sideways).
  var tables = "ResizeObserver" in window ? new ResizeObserver(function (entries) {
    entries.forEach(function (entry) {
      var scroller = entry.target;
      var scrolls = scroller.scrollWidth > scroller.clientWidth + 1;
      [["tabindex", "0"], ["role", "group"], ["aria-label", "Table, scrolls sideways"]].forEach(function (pair) {
        if (scrolls) scroller.setAttribute(pair[0], pair[1]);
        else scroller.removeAttribute(pair[0]);
      });
    });
  }) : null;

  function watchTables() {
    if (!tables) return;
    tables.disconnect(); // the previous page's tables, after instant navigation
    // Material's scroll wrapper, or the table itself where Material did not wrap it (file://).
    var scrollers = document.querySelectorAll(".md-typeset__scrollwrap, .md-typeset table:not([class])");
    Array.prototype.forEach.call(scrollers, function (scroller) { tables.observe(scroller); });
  }

  function fetchScripts(widget) {
    widget.scripts.forEach(function (path) {
      if (fetched[path]) return;
      fetched[path] = true;
      var script = document.createElement("script");
      script.src = new URL(path, base).href;
      script.async = false; // run in the order of WIDGETS, whenever each arrives
      document.head.appendChild(script);
    });
  }

  // A widget below the first screen and a half can wait: until the page has
  // loaded and the browser is idle (at most 2 s more), or until the reader
  // scrolls. An IntersectionObserver tells where the widget is without forcing
  // a layout of the whole page while it is still starting (getBoundingClientRect would).
  function whenIdle(widget) {
    if (pageWentIdle || !("IntersectionObserver" in window)) return fetchScripts(widget);
    var done = false;
    var observer = new IntersectionObserver(function (entries) {
      if (entries.some(function (entry) { return entry.isIntersecting; })) go();
    }, { rootMargin: "0px 0px 50% 0px" });
    function go() {
      if (done) return;
      done = true;
      observer.disconnect();
      fetchScripts(widget);
    }
    function idle() {
      pageWentIdle = true;
      if ("requestIdleCallback" in window) window.requestIdleCallback(go, { timeout: 2000 });
      else setTimeout(go, 200);
    }
    observer.observe(document.querySelector(widget.needs));
    if (document.readyState === "complete") idle();
    else window.addEventListener("load", idle, { once: true });
    window.addEventListener("scroll", go, { once: true, passive: true });
  }

  function load() {
    watchTables();
    // The print edition shows the plain tables and answers; nothing to click on paper.
    if (document.querySelector("[data-print-edition]")) return;
    WIDGETS.forEach(function (widget) {
      if (!document.querySelector(widget.needs)) return;
      if (widget.whenIdle) whenIdle(widget);
      else fetchScripts(widget);
    });
  }

  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(load);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", load);
  else load();
})();
