"""Give every plain table a wrapper <div> of its own.

When a page loads, Material wraps each class-less table in two <div>s so that
wide tables scroll sideways on a phone. It does that with replaceWith(), and
when the table is a direct child of the article, replacing it makes the browser
restyle the whole article, once per table (the article's children are matched
by position in Material's stylesheet). Inside a <div> of its own, the same
replacement restyles only the table. The <div> has no style: its margins
collapse, so the page looks exactly as before.

This is a Markdown postprocessor, so it sees the tables that Markdown writes and
the ones our macros pass through as raw HTML alike.
"""

from __future__ import annotations

import re

from markdown import Extension, Markdown
from markdown.postprocessors import Postprocessor

HOST_CLASS = "table-host"
_TABLE_TAG = re.compile(r"<(/?)table\b([^>]*)>", re.IGNORECASE)
_CLASS_ATTRIBUTE = re.compile(r"\bclass\s*=", re.IGNORECASE)


def wrap_tables(html: str) -> str:
    """Wrap each <table> that has no class attribute, as Material selects them
    (``table:not([class])``), in ``<div class="table-host">``. Tables with a
    class (code line numbers, for one) are left alone. Run it once per page:
    define_env registers the extension only once."""
    out: list[str] = []
    position = 0
    open_tables: list[bool] = []  # for each open <table>: was it wrapped?
    for match in _TABLE_TAG.finditer(html):
        closing, attributes = match.group(1), match.group(2)
        out.append(html[position : match.start()])
        position = match.end()
        if closing:
            wrapped = open_tables.pop() if open_tables else False
            out.append(match.group(0) + ("</div>" if wrapped else ""))
            continue
        wrap = not _CLASS_ATTRIBUTE.search(attributes)
        open_tables.append(wrap)
        out.append((f'<div class="{HOST_CLASS}">' if wrap else "") + match.group(0))
    out.append(html[position:])
    return "".join(out)


class _TableHostPostprocessor(Postprocessor):
    def run(self, text: str) -> str:
        return wrap_tables(text)


class TableHostExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # Python-Markdown names it so
        # After raw HTML is put back (priority 30), so macro output is seen too.
        md.postprocessors.register(_TableHostPostprocessor(md), "table_host", 5)
