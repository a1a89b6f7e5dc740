"""Questions in the built site, as a reader without JavaScript and the print
edition see them."""

import re

from tests.conftest import PROJECT_DIR, all_questions, page_url

CHOICES = re.compile(r'<ul class="quiz__choices">(.*?)</ul>', re.S)
TAGS = re.compile(r"<[^>]+>")


def choice_lists(site_dir, src: str) -> list[str]:
    html = (site_dir / page_url(src) / "index.html").read_text(encoding="utf-8")
    return CHOICES.findall(html)


def test_without_javascript_the_right_answer_is_seldom_the_first_choice(site_dir):
    lists = choice_lists(site_dir, "quiz.md")
    assert len(lists) == sum(q.type in ("single", "multiple") for q in all_questions())
    first_right = sum(choices.startswith("<li data-correct>") for choices in lists)
    # In the data files the right answer comes first in all but a few.
    assert first_right / len(lists) <= 0.4, f"{first_right} of {len(lists)}"


def test_the_print_edition_and_the_exam_show_the_same_order_as_the_quiz_page(site_dir):
    def texts(lists):
        return sorted(TAGS.sub("", choices) for choices in lists)

    quiz = texts(choice_lists(site_dir, "quiz.md"))
    assert texts(choice_lists(site_dir, "print.md")) == quiz
    assert texts(choice_lists(site_dir, "exam.md")) == quiz


def test_our_scripts_and_styles_are_served_minified(site_dir):
    sources = [
        path for folder in ("javascripts", "stylesheets") for path in (PROJECT_DIR / "docs/assets" / folder).iterdir()
    ]
    assert len(sources) >= 7
    for source in sources:
        built = site_dir / source.relative_to(PROJECT_DIR / "docs")
        assert built.stat().st_size < 0.9 * source.stat().st_size, f"{built.name} is not minified"
