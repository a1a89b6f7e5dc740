"""The "Essentials for the exam" box that opens each topic page, from the
facts and reading time that macros/data/essentials.py loaded."""

from __future__ import annotations

from collections.abc import Callable

from ..data.essentials import EssentialsBox
from ..data.inline_markdown import render_inline
from .html import raw_block, text


def render_essentials(box: EssentialsBox, page_link: Callable[[str], str]) -> str:
    """``page_link`` serves links inside the facts; the section links stay on the page."""
    items = []
    for fact in box.facts.facts:
        section = fact.see.partition("#")[2]
        items.append(
            f"<li>{render_inline(fact.fact, page_link)} "
            f'<a class="essentials__see" href="#{text(section)}">'
            f'<span aria-hidden="true">→&nbsp;</span>{render_inline(box.labels[section], page_link)}</a></li>'
        )
    minutes = f"{box.minutes} minute" + ("" if box.minutes == 1 else "s")
    return raw_block(
        '<aside class="admonition abstract essentials" aria-labelledby="essentials-title">'
        '<p class="admonition-title" id="essentials-title">Essentials for the exam</p>'
        f'<p class="essentials__time">The whole page takes about {minutes} to read. Short of time? Know these first:</p>'
        f'<ul class="essentials__facts">{"".join(items)}</ul></aside>'
    )
