"""The check that stops a build whose vendored files `make vendor` has not copied yet."""

import re
from pathlib import Path

import pytest

from macros.vendored import VENDORED, VendoredFilesMissing, check_vendored

PROJECT_DIR = Path(__file__).resolve().parents[2]


def docs_with(tmp_path: Path, present: list[str]) -> Path:
    docs = tmp_path / "docs"
    for path in present:
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_text("/* vendored */\n")
    return docs


def test_all_vendored_files_present_is_fine(tmp_path):
    check_vendored(tmp_path, docs_with(tmp_path, list(VENDORED)))


def test_a_missing_file_is_named_with_the_command_that_brings_it_back(tmp_path):
    docs = docs_with(tmp_path, [path for path in VENDORED if "mermaid" not in path])
    with pytest.raises(VendoredFilesMissing) as error:
        check_vendored(tmp_path, docs)
    assert str(error.value) == "docs/assets/vendor/mermaid/mermaid.min.js is missing: run make vendor"


def test_every_missing_file_is_named_in_one_line(tmp_path):
    with pytest.raises(VendoredFilesMissing) as error:
        check_vendored(tmp_path, docs_with(tmp_path, []))
    message = str(error.value)
    assert "\n" not in message and message.endswith(" are missing: run make vendor")
    assert all(f"docs/{path}" in message for path in VENDORED)


def test_a_docs_dir_outside_the_project_is_named_in_full(tmp_path):
    docs = docs_with(tmp_path, VENDORED[1:])
    with pytest.raises(VendoredFilesMissing, match=re.escape(f"{docs / VENDORED[0]} is missing")):
        check_vendored(tmp_path / "elsewhere", docs)


def makefile_vendor_targets() -> dict[str, str]:
    """The files the Makefile's `vendor` target depends on, each with the
    node_modules file its recipe copies: {docs path: node_modules path}."""
    makefile = (PROJECT_DIR / "Makefile").read_text()
    variables = dict(re.findall(r"^([A-Z_]+) :?= (.+)$", makefile, re.MULTILINE))
    prerequisites = re.search(r"^vendor: (.+)$", makefile, re.MULTILINE).group(1).split()
    targets = {}
    for prerequisite in prerequisites:
        name = re.fullmatch(r"\$\((\w+)\)", prerequisite).group(1)
        recipe = re.search(rf"^\$\({name}\):.*\n((?:\t.*\n)+)", makefile, re.MULTILINE).group(1)
        copied = re.search(r"\tcp (node_modules/\S+) \$@$", recipe, re.MULTILINE)
        targets[variables[name]] = copied.group(1) if copied else ""
    return targets


def test_the_list_matches_the_files_make_vendor_copies():
    targets = makefile_vendor_targets()
    assert sorted(targets) == sorted(f"docs/{path}" for path in VENDORED)
    assert all(source.startswith("node_modules/") for source in targets.values()), targets
