/*
 * Serve Mermaid from this site, never from a CDN.
 *
 * Material draws diagrams with the global `mermaid` and fetches it from
 * unpkg.com when no such global exists. This file defines a small stand-in
 * with the two methods Material calls. The vendored mermaid@11 bundle (about
 * 1 MB gzipped) is loaded on the first render, so only pages that show a
 * diagram pay for it, and there is no race with instant navigation: the
 * stand-in exists before Material's own script runs.
 */
(function () {
  "use strict";

  // Resolved against this script's own URL, so it also works from file://.
  var bundleUrl = new URL("../vendor/mermaid/mermaid.min.js", document.currentScript.src).href;
  var settings = null;
  var loading = null;

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

  window.mermaid = {
    initialize: function (options) {
      settings = options;
    },
    render: function (id, code) {
      return loadBundle().then(function (real) {
        return real.render(id, code);
      });
    }
  };
})();
