"""The flashcard review's grade buttons meet WCAG AA (4.5:1) in both palettes,
at rest, focused (the review focuses "Good" when it shows the answer) and
under the mouse. axe checks only the state a page happens to be in."""

import pytest
from playwright.sync_api import expect

from tests.browser.mermaid_probe import contrast_ratio
from tests.browser.palette import switch_to

AA = 4.5

# Every piece of text in an element, its colour and the colour under it, both
# composited as painted: backgrounds from the canvas (white) down to the text,
# and the text's own alpha times the opacity of the element and its ancestors.
TEXT_COLOURS = """(root) => {
    const rgba = value => {
        const n = value.match(/[\\d.]+/g).map(Number);
        return [n[0], n[1], n[2], n.length > 3 ? n[3] : 1];
    };
    const over = (top, bottom) => [0, 1, 2].map(c => top[3] * top[c] + (1 - top[3]) * bottom[c]);
    const chain = node => { const nodes = []; for (; node; node = node.parentElement) nodes.unshift(node); return nodes; };
    const found = [];
    for (const node of [root, ...root.querySelectorAll('*')]) {
        const own = [...node.childNodes].filter(c => c.nodeType === 3).map(c => c.textContent).join('').trim();
        if (!own || !node.checkVisibility()) continue;
        let background = [255, 255, 255];
        let opacity = 1;
        for (const element of chain(node)) {
            const style = getComputedStyle(element);
            background = over(rgba(style.backgroundColor), background);
            opacity *= Number(style.opacity);
        }
        const colour = rgba(getComputedStyle(node).color);
        colour[3] *= opacity;
        found.push({ text: own, colour: over(colour, background), background });
    }
    return found;
}"""


def failing(button) -> list[str]:
    return [
        f"{item['text']!r} {contrast_ratio(item['colour'], item['background']):.2f}:1"
        for item in button.evaluate(TEXT_COLOURS)
        if contrast_ratio(item["colour"], item["background"]) < AA
    ]


@pytest.mark.parametrize("palette", ["default", "slate"])
def test_grade_buttons_meet_aa_contrast_in_every_state(page, base_url, palette):
    page.goto(base_url + "cloning/")
    switch_to(page, palette)
    # Colours are read at the end of Material's transitions.
    page.add_style_tag(content="* { transition: none !important; }")
    panel = page.locator(".fc-panel").first
    panel.locator(".fc-start").click()
    panel.locator(".fc-card").click()
    grades = {name: panel.locator(f".fc-grade--{name}") for name in ("again", "good", "easy")}
    for button in grades.values():
        expect(button).to_be_visible()

    found = {}
    for name, button in grades.items():
        button.focus()
        found[f"{name}, focused"] = failing(button)
        button.hover()
        found[f"{name}, focused and hovered"] = failing(button)
        page.evaluate("document.activeElement.blur()")
        found[f"{name}, hovered"] = failing(button)
        page.mouse.move(0, 0)
        found[f"{name}, at rest"] = failing(button)
    assert {state: items for state, items in found.items() if items} == {}
