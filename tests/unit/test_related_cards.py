"""Which flashcards a missed question makes due (macros/related_cards.py), and
how the quiz HTML carries them to quiz.js."""

import re

from macros.data.models import Card, FillQuestion
from macros.render.quiz import render_quiz
from macros.render.related_cards import related_cards


def card(card_id: str, see: str | None, terms=()) -> Card:
    return Card(id=card_id, front="Q", back="A", area="cloning", terms=list(terms), see=see)


def question(question_id: str, see: str, terms=()) -> FillQuestion:
    return FillQuestion(id=question_id, area="cloning", prompt="?", explain="!", see=see, terms=list(terms), answer=["x"])


CARDS = [
    card("machine-id-file", "cloning.md#machine-id", ["dbus-machine-id"]),
    card("machine-id-empty", "cloning.md#machine-id", ["dbus-machine-id"]),
    card("dbus-file", "cloning.md#dbus-machine-id", ["dbus-machine-id"]),
    card("host-keys", "cloning.md#ssh-host-keys", ["ssh-host-keys"]),
    card("images-term", "images.md#golden", ["dbus-machine-id"]),
    card("no-link", None, ["dbus-machine-id"]),
]


def test_the_cards_of_the_same_section_come_first_and_alone():
    related = related_cards([question("q", "cloning.md#machine-id", ["dbus-machine-id", "ssh-host-keys"])], CARDS)
    assert related == {"q": ["machine-id-file", "machine-id-empty"]}


def test_without_cards_on_its_section_the_cards_sharing_a_term_on_the_same_page_stand_in():
    related = related_cards([question("q", "cloning.md#summary", ["dbus-machine-id"])], CARDS)
    assert related == {"q": ["machine-id-file", "machine-id-empty", "dbus-file"]}  # not images.md's, not the unlinked one


def test_a_question_with_no_related_card_gets_an_empty_list():
    assert related_cards([question("q", "iaas.md#regions")], CARDS) == {"q": []}


def test_the_quiz_html_lists_the_cards_and_where_to_review_them():
    questions = [question("q1", "cloning.md#machine-id"), question("q2", "iaas.md#regions")]
    html = render_quiz(None, questions, lambda src: "../" + src.replace(".md", "/"), {"cloning": ("Cloning", "cloning.md")},
                       related=related_cards(questions, CARDS))
    assert 'data-review-url="../flashcards/#review-all"' in html
    items = re.findall(r'<li class="quiz__question"[^>]*>', html)
    assert 'data-cards="machine-id-file machine-id-empty"' in items[0]
    assert "data-cards" not in items[1]  # nothing to queue, no empty attribute
