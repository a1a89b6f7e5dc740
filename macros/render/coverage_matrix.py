"""The coverage page: for each knowledge area and term, the page sections,
cards and questions that cover it, each linked."""

from __future__ import annotations

from collections.abc import Callable

from ..data.coverage import MIN_CARDS, MIN_QUESTIONS, Coverage
from .html import raw_block, search_excluded, text


def render_coverage(rows: list[Coverage], page_link: Callable[[str], str], page_titles: dict[str, str]) -> str:
    body = "".join(_row(row, page_link, page_titles) for row in rows)
    return raw_block(search_excluded(
        '<div class="coverage"><table><caption>Coverage of objective 102.6</caption>'
        '<thead><tr><th scope="col">Area or term</th><th scope="col">Page sections</th>'
        f'<th scope="col">Cards (at least {MIN_CARDS})</th><th scope="col">Questions (at least {MIN_QUESTIONS})</th></tr></thead>'
        f"<tbody>{body}</tbody></table></div>"
    ))


def _row(row: Coverage, page_link, page_titles) -> str:
    label = f'<span class="coverage__kind">{row.kind}</span> {text(row.title)}'
    sections = _listed(
        row.sections,
        lambda page, section: page_link(f"{page}#{section}"),
        "section",
        lambda page, section: f"{page_titles.get(page, page)} § {section}",
    )
    cards = _listed(row.cards, lambda deck, card: page_link(f"{deck}.md#card-{card}"), "card")
    questions = _listed(row.questions, lambda _set, question: page_link(f"quiz.md#q-{question}"), "question")
    return (
        f'<tr data-coverage="{text(row.id)}" data-kind="{row.kind}"><th scope="row">{label}</th>'
        f"<td>{sections}</td><td>{cards}</td><td>{questions}</td></tr>"
    )


def _listed(items: list[tuple[str, str]], href: Callable[[str, str], str], noun: str, label=lambda _group, item: item) -> str:
    links = "".join(f'<li><a href="{text(href(group, item))}">{text(label(group, item))}</a></li>' for group, item in items)
    return (
        f'<details class="coverage__details"><summary>{len(items)} {noun}{"" if len(items) == 1 else "s"}</summary>'
        f'<ul class="coverage__list">{links}</ul></details>'
    )
