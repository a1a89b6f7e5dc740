"""Mermaid diagrams render from the vendored bundle, only when one nears the
viewport, and stay readable in both palettes: in the page, and on a phone in
the full-size view that a tap on a diagram opens."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import wait_for_page
from tests.browser.mermaid_probe import diagram_text_sizes, draw_visible_diagrams, first_diagram_colours, rendered_diagrams
from tests.browser.palette import switch_to
from tests.browser.test_accessibility import serious_violations

BUNDLE = "assets/vendor/mermaid/mermaid.min.js"


def bundle_requests(page) -> list[str]:
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url) if "vendor/mermaid" in request.url else None)
    return requests


@pytest.mark.parametrize("palette", ["default", "slate"])
def test_diagrams_render_readably(page, base_url, palette):
    page.goto(base_url + "virtualization/")
    switch_to(page, palette)
    visible = page.locator("pre.mermaid:visible").count()
    assert visible > 0, "the page should have diagrams"
    draw_visible_diagrams(page)
    assert len(rendered_diagrams(page)) == visible
    colours = first_diagram_colours(page)
    assert colours.labels > 0
    assert colours.contrast >= 4.5, f"label {colours.text} on {colours.fill}: {colours.contrast:.2f}:1"


def test_a_diagram_in_a_closed_tab_is_drawn_when_the_tab_opens(page, base_url):
    page.goto(base_url + "virtualization/")
    draw_visible_diagrams(page)
    hidden = page.locator("pre.mermaid").count()
    assert hidden >= 1, "the Type 2 tab's diagram waits while its tab is closed"
    tab = page.locator(".tabbed-labels label", has_text="Type 2 (hosted)")
    tab.scroll_into_view_if_needed()
    tab.click()
    page.wait_for_function("n => document.querySelectorAll('pre.mermaid').length < n", arg=hidden)


def test_diagrams_follow_a_palette_switch_without_reload(page, base_url):
    page.goto(base_url + "virtualization/")
    switch_to(page, "default")
    draw_visible_diagrams(page)
    light = first_diagram_colours(page)
    switch_to(page, "slate")
    dark = first_diagram_colours(page)
    assert dark.fill != light.fill
    assert dark.contrast >= 4.5


def test_the_bundle_waits_until_a_diagram_nears_the_viewport(page, base_url, watch):
    requests = bundle_requests(page)
    page.goto(base_url + "cloning/")
    page.wait_for_load_state("networkidle")
    first = page.locator("pre.mermaid").first
    assert first.evaluate("e => e.getBoundingClientRect().top > 2 * innerHeight"), "needs a diagram far below the fold"
    assert requests == [], "Mermaid must not load before a diagram is near"
    first.scroll_into_view_if_needed()
    page.wait_for_function("!document.querySelector('pre.mermaid')")
    assert requests == [base_url + BUNDLE]
    assert watch.console_errors == []


def test_bundle_loads_only_on_pages_with_diagrams_even_after_instant_navigation(page, base_url, watch):
    requests = bundle_requests(page)
    page.goto(base_url)
    page.wait_for_load_state("networkidle")
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_load_state("networkidle")
    assert requests == [], "the home page has no diagram and must not load Mermaid"
    page.evaluate("window.__instantMarker = 'still here'")
    page.locator(".md-content table").get_by_role("link", name="Virtualization and hypervisors").click()
    wait_for_page(page, base_url + "virtualization/")
    # The URL changes before instant navigation swaps the content in.
    expect(page.locator(".md-content h1")).to_contain_text("Virtualization and hypervisors")
    draw_visible_diagrams(page)
    assert page.evaluate("window.__instantMarker") == "still here", "navigation was a full page load"
    assert requests == [base_url + BUNDLE]
    assert rendered_diagrams(page)
    assert watch.foreign_requests == []


def test_the_print_edition_draws_every_diagram_without_scrolling(page, base_url):
    page.goto(base_url + "print/")
    # Every page's diagrams, tabs included, drawn while the reader stays at the top.
    page.wait_for_function(
        "document.querySelectorAll('div.mermaid').length >= 19 && !document.querySelector('pre.mermaid')", timeout=60_000
    )
    assert page.evaluate("window.scrollY") == 0


# The full-size viewer (diagram-viewer.js). "From image to running system" on
# the images page is the widest diagram: 5141 px of flowchart in one row.
WIDE_DIAGRAM = "From image to running system"
READABLE_PX = 12


def open_button(page, title: str = WIDE_DIAGRAM):
    return page.get_by_role("button", name=f"Open full size: {title}")


def drawn_diagrams_of_images_page(page, base_url, palette: str = "default") -> None:
    page.goto(base_url + "images/")
    switch_to(page, palette)
    draw_visible_diagrams(page)
    expect(open_button(page)).to_have_count(1)


def stage(page):
    return page.locator("dialog.diagram-viewer .diagram-viewer__stage")


def wait_until_scrolled(locator, beyond: float) -> None:
    """Scrolling may be animated or fling on: wait until scrollLeft is past
    `beyond` and has stopped moving (a tap during a fling only stops it)."""
    locator.page.wait_for_function(
        """([s, beyond]) => new Promise(done => {
            const before = s.scrollLeft;
            setTimeout(() => done(before > beyond && s.scrollLeft === before), 200);
        })""",
        arg=[locator.element_handle(), beyond],
    )


def touch_swipe(page, locator, dx: int, dy: int) -> None:
    """A finger dragging across the element from its centre (positive dx: the
    finger moves right). Raw touch events: Chromium's synthesized scroll
    gestures do nothing in this headless setup."""
    box = locator.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    cdp = page.context.new_cdp_session(page)
    try:
        steps = 10
        for step in range(steps + 1):
            kind = "touchStart" if step == 0 else "touchMove"
            point = {"x": x + dx * step / steps, "y": y + dy * step / steps}
            cdp.send("Input.dispatchTouchEvent", {"type": kind, "touchPoints": [point]})
        # Hold still before lifting: no fling, which would swallow the next tap.
        page.wait_for_timeout(200)
        cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [point]})
        cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    finally:
        cdp.detach()


@pytest.mark.parametrize("palette", ["default", "slate"])
def test_a_wide_diagram_opens_readable_and_pannable_on_a_phone(phone_page, base_url, palette):
    page = phone_page
    drawn_diagrams_of_images_page(page, base_url, palette)
    in_page = diagram_text_sizes(page)
    assert all(not size.in_viewer for size in in_page)
    # In the column of a 375 px screen the wide diagram's text is about 1 px tall.
    assert min(size.text_px for size in in_page) < 2

    button = open_button(page)
    button.scroll_into_view_if_needed()
    button.tap()
    dialog = page.locator("dialog.diagram-viewer")
    expect(dialog).to_be_visible()
    assert dialog.evaluate("d => d.matches(':modal')")
    viewport = page.viewport_size
    box = dialog.bounding_box()
    assert (box["width"], box["height"]) == (viewport["width"], viewport["height"]), "the view fills the screen"
    expect(dialog.locator(".diagram-viewer__title")).to_have_text(WIDE_DIAGRAM)
    # Same background as the page, so Mermaid's palette colours keep their contrast.
    assert dialog.evaluate("d => getComputedStyle(d).backgroundColor") == page.evaluate(
        "getComputedStyle(document.body).backgroundColor"
    )

    shown = [size for size in diagram_text_sizes(page) if size.in_viewer]
    assert len(shown) == 1
    assert shown[0].text_px >= READABLE_PX, f"text {shown[0].text_px:.1f} px in the full-size view"

    scroller = stage(page)
    width, client = scroller.evaluate("s => [s.scrollWidth, s.clientWidth]")
    assert width > client, "the wide diagram must scroll sideways"
    touch_swipe(page, scroller, -300, 0)
    wait_until_scrolled(scroller, 100)

    close = dialog.get_by_role("button", name="Close")
    assert close.bounding_box()["height"] >= 44 - 0.5
    close.tap()
    expect(dialog).to_be_hidden()
    expect(button).to_be_focused()
    # The diagram is back where it was, right before its button.
    assert button.evaluate("b => b.previousElementSibling.matches('div.mermaid')")
    assert page.locator(".diagram-placeholder").count() == 0
    assert all(not size.in_viewer for size in diagram_text_sizes(page))


def test_a_tap_on_the_diagram_itself_opens_it(phone_page, base_url):
    page = phone_page
    drawn_diagrams_of_images_page(page, base_url)
    host = open_button(page).locator("xpath=preceding-sibling::div[1]")
    host.scroll_into_view_if_needed()
    host.tap()
    expect(page.locator("dialog.diagram-viewer")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator("dialog.diagram-viewer")).to_be_hidden()
    expect(open_button(page)).to_be_focused()


def test_the_viewer_works_by_keyboard_and_mouse(page, base_url, watch):
    drawn_diagrams_of_images_page(page, base_url, "slate")
    button = open_button(page)
    dialog = page.locator("dialog.diagram-viewer")
    for key in ("Enter", "Space"):
        button.focus()
        page.keyboard.press(key)
        expect(dialog).to_be_visible()
        # Focus starts on the scrolling stage, so the arrow keys scroll it.
        expect(stage(page)).to_be_focused()
        page.keyboard.press("ArrowRight")
        wait_until_scrolled(stage(page), 0)
        page.keyboard.press("Escape")
        expect(dialog).to_be_hidden()
        expect(button).to_be_focused()

    button.click()
    scroller = stage(page)
    box = scroller.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x - 400, y, steps=8)
    page.mouse.up()
    assert scroller.evaluate("s => s.scrollLeft") == pytest.approx(400, abs=2)
    expect(dialog).to_be_visible()  # a click inside it does not close or reopen it
    dialog.get_by_role("button", name="Close").click()
    expect(dialog).to_be_hidden()
    assert watch.console_errors == []


def test_the_open_viewer_has_no_serious_accessibility_violations(page, base_url):
    drawn_diagrams_of_images_page(page, base_url)
    open_button(page).click()
    expect(page.locator("dialog.diagram-viewer")).to_be_visible()
    assert serious_violations(page) == []


def test_the_viewer_opens_from_the_offline_edition(phone_page, offline_site, watch):
    page = phone_page
    page.goto((offline_site / "images.html").as_uri())
    draw_visible_diagrams(page)
    button = open_button(page)
    button.scroll_into_view_if_needed()
    button.tap()
    shown = [size for size in diagram_text_sizes(page) if size.in_viewer]
    assert len(shown) == 1 and shown[0].text_px >= READABLE_PX
    page.keyboard.press("Escape")
    expect(button).to_be_focused()
    assert watch.console_errors == []


def test_the_print_edition_has_no_viewer_buttons(page, base_url):
    page.goto(base_url + "print/")
    page.wait_for_function("document.querySelectorAll('div.mermaid').length >= 19", timeout=60_000)
    page.wait_for_load_state("networkidle")
    assert page.locator(".diagram-open").count() == 0
