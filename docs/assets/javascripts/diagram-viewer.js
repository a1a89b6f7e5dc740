/*
 * Open a diagram full size. On a phone a wide diagram shrinks to fit the
 * column, and its text can end up a few pixels tall. A tap on the diagram, or
 * its "Open full size" button, shows it at its natural size in a dialog that
 * fills the screen and scrolls both ways: swipe on a touch screen, drag with a
 * mouse, arrow keys after a Tab. Close or Escape puts it back.
 *
 * Material draws each diagram into a closed shadow root, which no script can
 * read or copy. So the diagram's host element itself moves into the dialog
 * and back, shadow root and all: nothing is drawn twice, and the colours keep
 * following the palette. mermaid-loader.js notes each diagram's natural width
 * on its host (data-width) and fires "diagram-drawn" when one appears.
 *
 * widgets.js fetches this file only on pages with a diagram, once; it listens
 * on the document, so it also serves the pages reached later by instant
 * navigation and works from file://, where Material's document$ never emits.
 */
(function () {
  "use strict";

  // The viewer's styles live here, not in extra.css, so that only pages with a
  // diagram download them (page-weight budget, BENCHMARKS.md). Material's
  // variables keep them in the palette, light or dark.
  var STYLES = [
    ".md-typeset div.mermaid[data-viewer]{cursor:zoom-in}",
    // The affordance under each diagram: a 44 px (2.2rem) target, pushed right.
    // A block-level button keeps its own width, so the auto margin works.
    ".md-typeset .diagram-open{display:block;min-height:2.2rem;margin:-.6em 0 1em auto;padding:0 .8em;" +
      "font:inherit;font-size:.7rem;color:var(--md-typeset-a-color);background:none;" +
      "border:.05rem solid currentcolor;border-radius:.2rem;cursor:pointer}",
    ".md-typeset .diagram-open:hover{background:var(--md-default-fg-color--lightest)}",
    // Keeps the diagram's place in the page while it is in the dialog.
    ".md-typeset .diagram-placeholder{margin:1em 0}",
    // The dialog fills the screen, in the page's colours.
    ".md-typeset .diagram-viewer{position:fixed;inset:0;width:100%;height:100%;max-width:none;max-height:none;" +
      "margin:0;padding:0;border:0;color:var(--md-default-fg-color);background:var(--md-default-bg-color)}",
    ".md-typeset .diagram-viewer[open]{display:flex;flex-direction:column}",
    ".md-typeset .diagram-viewer__bar{display:flex;gap:.6rem;align-items:center;padding:.3rem .6rem;" +
      "border-bottom:.05rem solid var(--md-default-fg-color--lighter)}",
    ".md-typeset .diagram-viewer__title{flex:1 1 auto;min-width:0;margin:0;overflow:hidden;font-weight:700;" +
      "white-space:nowrap;text-overflow:ellipsis}",
    ".md-typeset .diagram-viewer .diagram-viewer__close{display:inline-flex;flex:none;align-items:center;" +
      "min-height:2.2rem;margin:0;padding:0 1em;font-size:.7rem;cursor:pointer}",
    // The stage scrolls, and never hands a scroll on to the page behind. The
    // diagram's auto margins centre it while it is smaller than the stage and
    // collapse to 0 when it is larger, so its left and top stay reachable.
    ".md-typeset .diagram-viewer__stage{display:flex;flex:1 1 auto;min-height:0;padding:.8rem;overflow:auto;" +
      "overscroll-behavior:contain;cursor:grab;user-select:none}",
    ".md-typeset .diagram-viewer__stage--dragging{cursor:grabbing}",
    ".md-typeset .diagram-viewer div.mermaid{flex:none;margin:auto;overflow:visible;cursor:inherit}",
    ".md-typeset :is(.diagram-open,.diagram-viewer__stage):focus-visible{outline:.15rem solid var(--md-accent-fg-color);" +
      "outline-offset:-.15rem}",
    "@media print{.md-typeset .diagram-open{display:none}}"
  ].join("");

  var dialog = null;  // built on first use, inside the page's article
  var parts = null;   // the dialog's title and scrolling stage
  var shown = null;   // {host, placeholder, button} while a diagram is open

  // The heading above the diagram names it in the button and the dialog,
  // without its permalink sign.
  function titleOf(node) {
    for (; node && !node.classList.contains("md-typeset"); node = node.parentElement) {
      for (var sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
        if (/^H[1-6]$/.test(sibling.tagName)) return sibling.textContent.replace(/\u00b6\s*$/, "").trim();
      }
    }
    return "Diagram";
  }

  function enhance(host) {
    if (host.hasAttribute("data-viewer") || !host.hasAttribute("data-width")) return;
    host.setAttribute("data-viewer", "");
    // A real button, not a role on the host: the host's SVG keeps its own
    // text for screen readers, which role="button" would hide.
    var button = document.createElement("button");
    button.type = "button";
    button.className = "diagram-open";
    button.textContent = "Open full size";
    button.setAttribute("aria-label", "Open full size: " + titleOf(host));
    host.parentNode.insertBefore(button, host.nextSibling);
    button.addEventListener("click", function () { show(host, button); });
    host.addEventListener("click", function () { show(host, button); });
  }

  function build(article) {
    dialog = document.createElement("dialog");
    dialog.className = "diagram-viewer";
    dialog.setAttribute("aria-labelledby", "diagram-viewer-title");
    dialog.innerHTML =
      '<div class="diagram-viewer__bar">' +
      '<p class="diagram-viewer__title" id="diagram-viewer-title"></p>' +
      '<button type="button" class="md-button diagram-viewer__close">Close</button></div>' +
      '<div class="diagram-viewer__stage" role="region" tabindex="0" ' +
      'aria-label="Diagram at full size: drag, swipe or use the arrow keys to see all of it"></div>';
    parts = {
      title: dialog.querySelector(".diagram-viewer__title"),
      stage: dialog.querySelector(".diagram-viewer__stage")
    };
    dialog.querySelector(".diagram-viewer__close").addEventListener("click", function () { dialog.close(); });
    // Escape closes a modal dialog by itself; every way of closing ends here.
    dialog.addEventListener("close", restore);
    drag(parts.stage);
    // Inside the article, so instant navigation throws it away with the page.
    article.appendChild(dialog);
  }

  // Touch screens pan the stage natively (it scrolls); a mouse has to drag.
  function drag(stage) {
    var start = null;
    stage.addEventListener("pointerdown", function (event) {
      if (event.pointerType !== "mouse" || event.button !== 0) return;
      start = { x: event.clientX, y: event.clientY, left: stage.scrollLeft, top: stage.scrollTop };
      stage.setPointerCapture(event.pointerId);
      stage.classList.add("diagram-viewer__stage--dragging");
    });
    stage.addEventListener("pointermove", function (event) {
      if (!start) return;
      stage.scrollLeft = start.left - (event.clientX - start.x);
      stage.scrollTop = start.top - (event.clientY - start.y);
    });
    function stop() {
      start = null;
      stage.classList.remove("diagram-viewer__stage--dragging");
    }
    stage.addEventListener("pointerup", stop);
    stage.addEventListener("pointercancel", stop);
  }

  function show(host, button) {
    if (dialog && dialog.open) return;  // a click on the diagram inside the dialog
    shown = null;  // left over if instant navigation removed an open dialog
    if (!dialog || !dialog.isConnected) build(host.closest(".md-typeset") || document.body);
    // Keep the diagram's place, so the page behind does not move.
    var placeholder = document.createElement("div");
    placeholder.className = "diagram-placeholder";
    placeholder.style.height = host.offsetHeight + "px";
    host.parentNode.replaceChild(placeholder, host);
    // Its natural width: the SVG is width="100%" up to that width.
    host.style.width = host.getAttribute("data-width") + "px";
    parts.stage.appendChild(host);
    parts.title.textContent = titleOf(placeholder);
    shown = { host: host, placeholder: placeholder, button: button };
    dialog.showModal();
    parts.stage.scrollLeft = 0;
    parts.stage.scrollTop = 0;
    parts.stage.focus();
  }

  function restore() {
    if (!shown) return;
    var host = shown.host;
    host.style.width = "";
    if (shown.placeholder.parentNode) shown.placeholder.parentNode.replaceChild(host, shown.placeholder);
    shown.button.focus();
    shown = null;
  }

  var style = document.createElement("style");
  style.textContent = STYLES;
  document.head.appendChild(style);
  document.addEventListener("diagram-drawn", function (event) { enhance(event.target); });
  // The diagrams drawn before this file arrived.
  Array.prototype.forEach.call(document.querySelectorAll("div.mermaid[data-width]"), enhance);
})();
