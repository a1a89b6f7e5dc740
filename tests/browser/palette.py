"""Material's palette toggle, as a person uses it."""

from __future__ import annotations


def scheme(page) -> str:
    return page.evaluate("document.body.getAttribute('data-md-color-scheme')")


def switch_to(page, wanted: str) -> None:
    """Click the visible toggle until the scheme is `wanted` (system -> light -> dark)."""
    for _ in range(4):
        if scheme(page) == wanted:
            return
        page.locator('form[data-md-component="palette"] label:not([hidden])').first.click()
    assert scheme(page) == wanted, f"the palette toggle never reached {wanted!r}"
