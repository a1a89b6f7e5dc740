"""The files maintainers work with: templates, documented commands, workflows."""

import re
import subprocess
import sys
from pathlib import Path

import msgspec
import yaml

from macros.data.models import Deck, QuestionSet

PROJECT_DIR = Path(__file__).resolve().parents[2]


def test_the_deck_and_question_templates_validate():
    deck = yaml.safe_load((PROJECT_DIR / "templates" / "deck.yml").read_text(encoding="utf-8"))
    questions = yaml.safe_load((PROJECT_DIR / "templates" / "questions.yml").read_text(encoding="utf-8"))
    assert len(msgspec.convert(deck, Deck).cards) >= 2
    assert {q.type for q in msgspec.convert(questions, QuestionSet).questions} == {"single", "multiple", "fill"}


def test_the_page_template_has_the_required_closing_sections():
    page = (PROJECT_DIR / "templates" / "page.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (.+)$", page, flags=re.M)
    assert headings[-3:] == ["Check yourself", "Flashcards", "Sources"]
    assert "covers:" in page and "{{ flashcards(" in page


def test_every_make_command_in_the_docs_exists():
    text = "".join((PROJECT_DIR / name).read_text(encoding="utf-8") for name in ("README.md", "CONTRIBUTING.md"))
    targets = set(re.findall(r"`make ([a-z-]+)`|^make ([a-z-]+)", text, flags=re.M))
    names = {a or b for a, b in targets}
    assert {"serve", "test", "build", "check", "stamps", "schemas", "glossary", "screenshots"} <= names
    for name in names:
        dry = subprocess.run(["make", "-n", name], cwd=PROJECT_DIR, capture_output=True, text=True)
        assert dry.returncode == 0, f"`make {name}` is documented but fails: {dry.stderr}"


def test_make_check_validates_the_data_as_documented():
    done = subprocess.run(["make", "check"], cwd=PROJECT_DIR, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert re.search(r"ok: \d+ decks, \d+ cards, \d+ question sets, \d+ questions", done.stdout)


def test_workflows_pin_every_action_to_a_commit_and_drop_credentials():
    for workflow in (PROJECT_DIR / ".github" / "workflows").glob("*.yml"):
        text = workflow.read_text(encoding="utf-8")
        assert "pull_request_target" not in text
        for action in re.findall(r"uses: (\S+)", text):
            assert re.fullmatch(r"[\w-]+/[\w-]+@[0-9a-f]{40}", action), f"{workflow.name}: {action} is not pinned to a SHA"
        for checkout in re.findall(r"uses: actions/checkout@\S+.*?(?=\n      - |\Z)", text, flags=re.S):
            assert "persist-credentials: false" in checkout


def test_workflows_lint_clean_with_actionlint_and_zizmor():
    workflows = sorted(str(p) for p in (PROJECT_DIR / ".github" / "workflows").glob("*.yml"))
    actionlint = subprocess.run(["node", "tools/actionlint.cjs", *workflows], cwd=PROJECT_DIR, capture_output=True, text=True)
    assert actionlint.returncode == 0, actionlint.stdout
    assert f"actionlint: {len(workflows)} files, 0 problems" in actionlint.stdout
    zizmor = subprocess.run(
        [str(Path(sys.executable).parent / "zizmor"), "--offline", "--min-severity", "low", *workflows],
        cwd=PROJECT_DIR, capture_output=True, text=True,
    )
    assert zizmor.returncode == 0, zizmor.stdout + zizmor.stderr
