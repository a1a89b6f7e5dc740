"""Question sets: validation with locations, and rendering without JavaScript."""

import re
from pathlib import Path

import pytest

from macros.data.errors import DataError
from macros.data.objectives import load_objectives
from macros.data.question_sets import load_question_sets
from macros.render.quiz import render_quiz, stable_order

PROJECT_DIR = Path(__file__).resolve().parents[2]
OBJECTIVES = load_objectives(PROJECT_DIR, PROJECT_DIR / "docs")
AREAS = {"cloning": ("Cloning and templates", "cloning.md")}

SET = """\
title: Cloning
questions:
  - id: dbus-get
    type: single
    area: cloning
    terms: [dbus-machine-id]
    prompt: Which command prints the D-Bus machine ID?
    choices: ["dbus-uuidgen --get", "dbus-uuidgen --ensure", "uuidgen -r"]
    answer: "dbus-uuidgen --get"
    explain: "`--ensure` only creates the file if it is missing."
    see: cloning.md#dbus-machine-id
  - id: two-keys
    type: multiple
    area: cloning
    prompt: "Which TWO must be unique per clone? (Choose two.)"
    choices: ["SSH host keys", "/etc/machine-id", "/etc/os-release"]
    answer: ["SSH host keys", "/etc/machine-id"]
    explain: The OS release is the same on every clone.
    see: cloning.md#summary
  - id: machine-id-path
    type: fill
    area: cloning
    prompt: Type the path of the file that holds the machine ID.
    answer: ["/etc/machine-id"]
    explain: systemd keeps it there.
    see: cloning.md#machine-id
"""


def load(project: Path, text: str):
    (project / "data" / "questions" / "cloning.yml").write_text(text, encoding="utf-8")
    return load_question_sets(project, project / "docs", OBJECTIVES)


def errors(project: Path, text: str) -> list[str]:
    with pytest.raises(DataError) as caught:
        load(project, text)
    return [str(p) for p in caught.value.problems]


def test_a_valid_set_loads_all_three_types(project):
    questions = load(project, SET)["cloning"].content.questions
    assert [q.type for q in questions] == ["single", "multiple", "fill"]


def test_a_single_answer_must_be_one_of_the_choices(project):
    assert errors(project, SET.replace('answer: "dbus-uuidgen --get"', 'answer: "dbus-uuidgen -g"')) == [
        "data/questions/cloning.yml:9: field 'questions[0].answer': must be exactly one of the choices"
    ]


def test_multiple_answers_must_be_among_the_choices(project):
    problems = errors(project, SET.replace('answer: ["SSH host keys", "/etc/machine-id"]', 'answer: ["SSH host keys", "/etc/hostid"]'))
    assert problems == ["data/questions/cloning.yml:17: field 'questions[1].answer': not among the choices: ['/etc/hostid']"]


def test_an_unknown_type_names_the_type_line_and_the_known_types(project):
    problems = errors(project, SET.replace("type: fill", "type: blank"))
    assert problems == ["data/questions/cloning.yml:21: field 'questions[2].type': unknown type 'blank' (one of: single, multiple, fill)"]


def test_fill_questions_take_no_choices_and_every_question_needs_see(project):
    text = SET.replace('    answer: ["/etc/machine-id"]', '    choices: [a, b]\n    answer: ["/etc/machine-id"]')
    text = text.replace("    see: cloning.md#summary\n", "")
    assert errors(project, text) == [
        "data/questions/cloning.yml:12: field 'questions[1].see': required field is missing",
        "data/questions/cloning.yml:23: field 'questions[2].choices': unknown key (check its spelling)",
    ]


def test_question_ids_are_unique_and_see_pages_exist(project):
    text = SET.replace("id: two-keys", "id: dbus-get").replace("see: cloning.md#machine-id", "see: clone.md#machine-id")
    assert errors(project, text) == [
        "data/questions/cloning.yml:12: field 'questions[1].id': duplicate question id 'dbus-get' (first used in data/questions/cloning.yml)",
        "data/questions/cloning.yml:26: field 'questions[2].see': link 'clone.md#machine-id': no page docs/clone.md",
    ]


def test_rendered_quiz_works_without_javascript(project):
    question_set = load(project, SET)["cloning"]
    html = render_quiz(question_set, question_set.content.questions, lambda s: "../" + s.replace(".md", "/"), AREAS)
    assert html.startswith('\n\n<div class="quiz" data-quiz="cloning"')
    assert html.count("data-question=") == 3
    assert '<li data-correct><code>' not in html  # choices are text, not code
    assert "<li data-correct>dbus-uuidgen --get</li>" in html
    assert html.count("<details class=\"quiz__answer\"><summary>Answer</summary>") == 3
    assert '<ul class="quiz__accepted"><li><code>/etc/machine-id</code></li></ul>' in html
    assert 'href="../cloning/#dbus-machine-id"' in html
    assert 'data-area-page="../cloning/"' in html


def test_choices_are_shown_in_a_stable_order_drawn_from_the_question_id(project):
    question_set = load(project, SET)["cloning"]
    html = render_quiz(question_set, question_set.content.questions, str, AREAS)
    shown = re.findall(r"<li(?: data-correct)?>([^<]+)</li>", html.split('id="q-two-keys"')[0])
    assert shown == stable_order(["dbus-uuidgen --get", "dbus-uuidgen --ensure", "uuidgen -r"], "dbus-get")
    assert render_quiz(question_set, question_set.content.questions, str, AREAS) == html  # the same on every build


def test_the_stable_order_depends_on_the_id_and_not_on_the_order_in_the_file():
    choices = [f"choice {n}" for n in range(6)]
    assert stable_order(choices, "q1") == stable_order(list(reversed(choices)), "q1")
    assert sorted(stable_order(choices, "q1")) == choices  # nothing lost or added
    firsts = {stable_order(choices, f"q{n}")[0] for n in range(40)}
    assert len(firsts) == len(choices)  # any choice can come first


def test_question_text_cannot_inject_html_or_jinja(project):
    text = SET.replace("prompt: Which command prints the D-Bus machine ID?", 'prompt: "<img src=x onerror=alert(1)> {{ config }}"')
    question_set = load(project, text)["cloning"]
    html = render_quiz(question_set, question_set.content.questions, str, AREAS)
    assert "<img" not in html and "{{" not in html
