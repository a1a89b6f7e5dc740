"""Tables on a phone: a name or command in a cell stays on one line, and a table
wider than the screen shows that it scrolls (extra.css, widgets.js)."""

import base64

import pytest

from tests.browser.mermaid_probe import parse_colour
from tests.browser.palette import switch_to
from tests.conftest import page_url, topic_pages

# Blocks below the screen (content-visibility: auto) are laid out only when
# a reader nears them; lay everything out, as scrolling would.
LAY_OUT_EVERYTHING = "* { content-visibility: visible !important; }"

# Inline code that the browser drew on more than one line.
BROKEN_CODE = """() => [...document.querySelectorAll('.md-typeset table:not([class]) code')]
    .filter(code => code.getClientRects().length > 1)
    .map(code => code.textContent)"""


def test_code_in_a_table_never_wraps_on_a_phone(phone_page, base_url):
    page = phone_page
    broken, seen = {}, 0
    for src in topic_pages():
        page.goto(base_url + page_url(src))
        page.add_style_tag(content=LAY_OUT_EVERYTHING)
        seen += page.locator(".md-typeset table:not([class]) code").count()
        if codes := page.evaluate(BROKEN_CODE):
            broken[src] = codes
    assert seen > 100, "the topic pages should have plenty of code in tables"
    # Before the fix: virtio_bal|loon, VBoxServi|ce, qemu-|img and many more.
    assert broken == {}


# How far the pixels of a strip along one edge of the scroller are from the
# page background: the nearest one. Without a shadow some pixel is the bare
# background (0); under a shadow none is.
EDGE_DISTANCE = """async ([png, background, width, height, side]) => {
    const image = new Image();
    image.src = 'data:image/png;base64,' + png;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const scale = image.naturalWidth / width;
    // 2 to 8 CSS px in from the edge, clear of the 1 px border of the scroller.
    const x = Math.round((side === 'left' ? 2 : width - 8) * scale);
    const pixels = context.getImageData(x, 0, Math.round(6 * scale), Math.round(height * scale)).data;
    let nearest = Infinity;
    for (let i = 0; i < pixels.length; i += 4) {
        const distance = Math.max(...[0, 1, 2].map(c => Math.abs(pixels[i + c] - background[c])));
        nearest = Math.min(nearest, distance);
    }
    return nearest;
}"""


def edge_distance(page, scroller, background, side: str) -> float:
    box = scroller.bounding_box()
    png = base64.b64encode(page.screenshot(clip=box)).decode()
    return page.evaluate(EDGE_DISTANCE, [png, background, box["width"], box["height"], side])


@pytest.mark.parametrize("palette", ["default", "slate"])
def test_a_table_wider_than_a_phone_shows_that_it_scrolls(phone_page, base_url, palette):
    page = phone_page
    page.goto(base_url + "guest-drivers/")
    switch_to(page, palette)
    background = parse_colour(page.evaluate("getComputedStyle(document.body).backgroundColor"))[:3]
    scrollers = page.locator(".md-typeset__scrollwrap")
    wide = [s for s in scrollers.all() if s.evaluate("s => s.scrollWidth > s.clientWidth + 20")]
    assert wide, "the page should have a table wider than a phone"
    scroller = wide[0]
    scroller.scroll_into_view_if_needed()
    assert scroller.evaluate("s => getComputedStyle(s).backgroundImage") != "none"

    # At the start, a shadow on the right says there is more; none on the left.
    assert edge_distance(page, scroller, background, "right") > 12
    assert edge_distance(page, scroller, background, "left") < 3
    # At the end, the other way round.
    scroller.evaluate("s => { s.scrollLeft = s.scrollWidth; }")
    assert edge_distance(page, scroller, background, "right") < 3
    assert edge_distance(page, scroller, background, "left") > 12


def test_a_table_that_fits_shows_no_shadow(page, base_url):
    page.goto(base_url + "flashcards/")  # the key table of the review
    background = parse_colour(page.evaluate("getComputedStyle(document.body).backgroundColor"))[:3]
    scroller = page.locator(".md-typeset__scrollwrap").first
    assert scroller.evaluate("s => s.scrollWidth <= s.clientWidth")
    assert edge_distance(page, scroller, background, "right") < 3
    assert edge_distance(page, scroller, background, "left") < 3
    assert scroller.get_attribute("tabindex") is None, "a table that does not scroll needs no tab stop"


def test_a_table_that_scrolls_can_be_scrolled_by_keyboard(phone_page, base_url):
    page = phone_page
    page.goto(base_url + "guest-drivers/")
    scroller = next(s for s in page.locator(".md-typeset__scrollwrap").all() if s.evaluate("s => s.scrollWidth > s.clientWidth + 20"))
    page.wait_for_function("s => s.tabIndex === 0", arg=scroller.element_handle())
    assert scroller.get_attribute("role") == "group"
    assert scroller.get_attribute("aria-label")
    scroller.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function("s => s.scrollLeft > 0", arg=scroller.element_handle())
