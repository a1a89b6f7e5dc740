"""Read Mermaid diagrams, which Material draws into a *closed* shadow root.

Neither querySelector nor Playwright locators can enter a closed shadow root,
so the DevTools protocol is used: DOM.getDocument with pierce=true returns the
whole tree, shadow roots included, and CSS.getComputedStyleForNode gives the
colours the browser really paints.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass(frozen=True)
class DiagramColours:
    labels: int  # how many node labels were found
    text: tuple[float, float, float]
    fill: tuple[float, float, float]

    @property
    def contrast(self) -> float:
        return contrast_ratio(self.text, self.fill)


def rendered_diagrams(page) -> list[dict]:
    """The SVG root node of every rendered diagram on the page."""
    with _pierced_document(page) as (_cdp, root):
        svgs = []
        for node in _walk(root):
            if node.get("nodeName") == "DIV" and "mermaid" in _classes(node):
                for shadow in node.get("shadowRoots", []):
                    svgs += [n for n in _walk(shadow) if n.get("nodeName", "").lower() == "svg"]
        return svgs


def first_diagram_colours(page) -> DiagramColours:
    """Text colour of the first diagram's node labels and fill of its first node shape."""
    with _pierced_document(page) as (cdp, root):
        svg = None
        for node in _walk(root):
            if node.get("nodeName") == "DIV" and "mermaid" in _classes(node) and node.get("shadowRoots"):
                svg = next(n for n in _walk(node["shadowRoots"][0]) if n.get("nodeName", "").lower() == "svg")
                break
        assert svg is not None, "no rendered diagram on the page"
        labels = [n for n in _walk(svg) if "nodeLabel" in _classes(n)]
        nodes = [n for n in _walk(svg) if "node" in _classes(n) and n.get("nodeName", "").lower() == "g"]
        assert labels and nodes, "the diagram has no labelled nodes"
        shape = next(n for n in _walk(nodes[0]) if n.get("nodeName", "").lower() in ("rect", "polygon", "path", "circle"))
        # Material fills nodes with a translucent accent, so blend it over the
        # page background to get the colour a reader actually sees.
        body = next(n for n in _walk(root) if n.get("nodeName") == "BODY")
        background = parse_colour(_style(cdp, body["nodeId"], "background-color"))
        text = parse_colour(_style(cdp, labels[0]["nodeId"], "color"))
        fill = parse_colour(_style(cdp, shape["nodeId"], "fill"))
        opacity = float(_style(cdp, shape["nodeId"], "fill-opacity"))
        return DiagramColours(len(labels), over(text, background), over(fill, background, opacity))


@dataclass(frozen=True)
class DiagramText:
    in_viewer: bool  # inside the full-size viewer's dialog (diagram-viewer.js)
    text_px: float  # the smallest node label, as drawn on screen, in CSS px
    width_px: float  # the SVG as drawn


def diagram_text_sizes(page) -> list[DiagramText]:
    """How big each rendered diagram's node labels are drawn, in page order.

    The SVG scales to fit its box (width 100% and a viewBox), so a label set in
    font-size f is drawn f * (drawn width / viewBox width) CSS px tall."""
    with _pierced_document(page) as (cdp, root):
        sizes = []
        for host, in_viewer in _hosts(root, in_viewer=False):
            svg = next(n for n in _walk(host["shadowRoots"][0]) if n.get("nodeName", "").lower() == "svg")
            view_box = [float(n) for n in _attributes(svg)["viewBox"].split()]
            drawn = cdp.send("DOM.getBoxModel", {"nodeId": svg["nodeId"]})["model"]["width"]
            labels = [n for n in _walk(svg) if "nodeLabel" in _classes(n)]
            assert labels, "the diagram has no node labels"
            font = min(float(_style(cdp, n["nodeId"], "font-size").removesuffix("px")) for n in labels)
            sizes.append(DiagramText(in_viewer, font * drawn / view_box[2], drawn))
        return sizes


@contextmanager
def _pierced_document(page):
    """A DevTools session and the whole DOM tree, shadow roots included."""
    cdp = page.context.new_cdp_session(page)
    try:
        cdp.send("DOM.enable")
        cdp.send("CSS.enable")
        yield cdp, cdp.send("DOM.getDocument", {"depth": -1, "pierce": True})["root"]
    finally:
        cdp.detach()


def _hosts(node, in_viewer: bool):
    """Material's diagram hosts (div.mermaid with a shadow root), and whether each is in the viewer."""
    in_viewer = in_viewer or "diagram-viewer" in _classes(node)
    if node.get("nodeName") == "DIV" and "mermaid" in _classes(node) and node.get("shadowRoots"):
        yield node, in_viewer
        return
    for child in node.get("children", []):
        yield from _hosts(child, in_viewer)


def _style(cdp, node_id: int, name: str) -> str:
    styles = cdp.send("CSS.getComputedStyleForNode", {"nodeId": node_id})["computedStyle"]
    return next(item["value"] for item in styles if item["name"] == name)


def _walk(node):
    yield node
    for child in node.get("children", []):
        yield from _walk(child)
    for shadow in node.get("shadowRoots", []):
        yield from _walk(shadow)


def _attributes(node) -> dict[str, str]:
    attributes = node.get("attributes", [])
    return dict(zip(attributes[::2], attributes[1::2], strict=True))


def _classes(node) -> list[str]:
    return _attributes(node).get("class", "").split()


def parse_colour(value: str) -> tuple[float, float, float, float]:
    """'rgb(1, 2, 3)' or 'rgba(1, 2, 3, 0.1)' -> (r, g, b, alpha)."""
    numbers = [float(n) for n in re.findall(r"[\d.]+", value)]
    assert value.startswith("rgb") and len(numbers) >= 3, f"not an rgb colour: {value}"
    return (*numbers[:3], numbers[3] if len(numbers) > 3 else 1.0)


def over(colour, background, opacity: float = 1.0) -> tuple[float, float, float]:
    """Composite a translucent colour over an opaque background."""
    alpha = colour[3] * opacity
    return tuple(alpha * c + (1 - alpha) * b for c, b in zip(colour[:3], background[:3], strict=True))


def contrast_ratio(a, b) -> float:
    """WCAG 2 contrast ratio of two sRGB colours given as 0-255 channels."""

    def luminance(rgb):
        def channel(c):
            c /= 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        r, g, b = (channel(c) for c in rgb)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def draw_visible_diagrams(page) -> None:
    """Draw every diagram a reader can see, then go back to the top.

    Mermaid loads only when a diagram nears the viewport, so this scrolls to
    each one in turn, as a reader would. Diagrams in a tab that is not open are
    hidden and stay undrawn until the tab opens."""
    page.wait_for_load_state("networkidle")
    pending = page.locator("pre.mermaid:visible")
    while left := pending.count():
        pending.first.scroll_into_view_if_needed()
        page.wait_for_function(
            "n => [...document.querySelectorAll('pre.mermaid')].filter(e => e.checkVisibility()).length < n", arg=left
        )
    page.evaluate("window.scrollTo(0, 0)")
