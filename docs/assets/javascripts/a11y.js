/*
 * Accessible names that Material's own header leaves out (axe: aria-dialog-name,
 * aria-progressbar-name). The header survives instant navigation, so once is enough.
 */
(function () {
  "use strict";
  function name(selector, label) {
    var element = document.querySelector(selector);
    if (element && !element.hasAttribute("aria-label")) element.setAttribute("aria-label", label);
  }
  name(".md-search", "Search this site");
  name(".md-progress", "Loading page");
})();
