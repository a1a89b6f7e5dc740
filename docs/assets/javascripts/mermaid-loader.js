/*
 * Serve Mermaid from this site, never from a CDN, and only when a diagram
 * is about to be seen.
 *
 * Material draws diagrams with the global `mermaid` and fetches it from
 * unpkg.com when no such global exists. This file defines a small stand-in
 * with the two methods Material calls. The vendored mermaid@11 bundle (about
 * 1 MB gzipped) is loaded only when a diagram comes near the viewport, so
 * pages without diagrams never pay for it and pages with them paint first.
 * There is no race with instant navigation: the stand-in exists before
 * Material's own script runs.
 */
(function () {
  "use strict";

  // Resolved against this script's own URL, so it also works from file://.
  var bundleUrl = new URL("../vendor/mermaid/mermaid.min.js", document.currentScript.src).href;
  // Start drawing a little before the diagram scrolls into view.
  var NEAR_VIEWPORT = "600px 0px";
  var settings = null;
  var loading = null;
  var waiting = [];  // {element, release} for diagrams not yet near the viewport
  var observer = "IntersectionObserver" in window
    ? new IntersectionObserver(onIntersect, { rootMargin: NEAR_VIEWPORT })
    : null;

  function loadBundle() {
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = bundleUrl;
        script.onload = function () {
          var real = window.mermaid;
          if (!real || typeof real.render !== "function") {
            reject(new Error("mermaid bundle did not define mermaid.render"));
            return;
          }
          if (settings) real.initialize(settings);
          resolve(real);
        };
        script.onerror = function () {
          reject(new Error("could not load " + bundleUrl));
        };
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  function onIntersect(entries) {
    entries.forEach(function (entry) {
      if (entry.isIntersecting) release(entry.target);
    });
  }

  function release(element) {
    waiting = waiting.filter(function (item) {
      if (item.element !== element) return true;
      observer.unobserve(element);
      item.release();
      return false;
    });
  }

  // Material calls render(id, source) for each <pre class="mermaid"> in page
  // order, while the element is still in the page; find it by its source.
  function diagramFor(code) {
    var pending = document.querySelectorAll("pre.mermaid");
    for (var i = 0; i < pending.length; i++) {
      var element = pending[i];
      var claimed = waiting.some(function (item) { return item.element === element; });
      if (!claimed && element.textContent === code) return element;
    }
    return null;
  }

  // The print edition is made to be printed whole, and a printer never
  // scrolls: draw everything there at once.
  function drawEverythingNow() {
    return !observer || document.querySelector("[data-print-edition]") !== null;
  }

  function nearViewport(code) {
    var element = drawEverythingNow() ? null : diagramFor(code);
    if (!element) return Promise.resolve();
    return new Promise(function (resolve) {
      waiting.push({ element: element, release: resolve });
      observer.observe(element);
    });
  }

  // Printing a single page: draw what is left (best effort; a browser may
  // take its snapshot before every diagram is done).
  window.addEventListener("beforeprint", function () {
    waiting.slice().forEach(function (item) { release(item.element); });
  });

  window.mermaid = {
    initialize: function (options) {
      settings = options;
    },
    render: function (id, code) {
      return nearViewport(code).then(loadBundle).then(function (real) {
        return real.render(id, code);
      }).then(function (result) {
        // Material calls fn with the closed shadow root it drew the SVG into,
        // once its host <div class="mermaid"> is in the page: the only moment
        // the SVG can be read. Keep Mermaid's own fn (it binds clicks).
        var bind = result.fn;
        result.fn = function (root) {
          if (bind) bind(root);
          drawn(root);
        };
        return result;
      });
    }
  };

  // Note the diagram's natural width on its host and announce it, for the
  // full-size viewer (diagram-viewer.js). The SVG is width="100%" with that
  // width as its max-width, so on a phone it shrinks to fit.
  function drawn(root) {
    var svg = root.querySelector("svg");
    if (!svg) return;
    root.host.setAttribute("data-width", Math.ceil(parseFloat(svg.style.maxWidth) || svg.viewBox.baseVal.width));
    root.host.dispatchEvent(new CustomEvent("diagram-drawn", { bubbles: true }));
  }
})();
