"""The parsed-file cache of macros/yamlsource.py: it may only ever skip parsing."""

import datetime

import pytest

from macros.data import yamlsource
from macros.data.errors import DataError
from macros.data.yamlsource import load_yaml_text, use_cache

TEXT = "title: T\nadded: 2026-11-01\ncards:\n  - id: a\n    back: x\n"


@pytest.fixture
def cache(tmp_path):
    use_cache(tmp_path / "yaml")
    yield tmp_path / "yaml"
    use_cache(None)


def refuse_to_parse(*args):
    raise AssertionError("parsed although the cache had this text")


def test_unchanged_text_is_read_back_with_its_data_and_lines(cache, monkeypatch):
    first = load_yaml_text(TEXT, "data/a.yml")
    monkeypatch.setattr(yamlsource, "_parse", refuse_to_parse)
    again = load_yaml_text(TEXT, "data/b.yml")
    assert again.data == first.data and again.data["added"] == datetime.date(2026, 11, 1)
    assert again.lines == first.lines and again.line_of(("cards", 0, "back")) == 5
    assert again.file == "data/b.yml"  # the name shown to maintainers is the caller's, not the cache's


def test_front_matter_at_another_line_is_a_different_entry(cache):
    assert load_yaml_text(TEXT, "docs/a.md", first_line=2).line_of(("title",)) == 2
    assert load_yaml_text(TEXT, "docs/b.md", first_line=5).line_of(("title",)) == 5


def test_files_with_errors_are_never_cached_and_fail_every_time(cache):
    broken = "cards:\n  - id: a\n  - id: a\n    id: b\n"  # duplicate key
    for _ in range(2):
        with pytest.raises(DataError, match="duplicate key"):
            load_yaml_text(broken, "data/x.yml")
    assert not cache.exists() or not any(cache.iterdir())


def test_a_damaged_entry_is_parsed_again(cache):
    load_yaml_text(TEXT, "data/a.yml")
    (entry,) = cache.iterdir()
    entry.write_bytes(b"not a pickle")
    assert load_yaml_text(TEXT, "data/a.yml").data["title"] == "T"


def test_without_a_cache_folder_nothing_is_written(tmp_path, monkeypatch):
    use_cache(None)
    monkeypatch.chdir(tmp_path)
    load_yaml_text(TEXT, "data/a.yml")
    assert list(tmp_path.iterdir()) == []


def test_pruning_keeps_only_what_the_last_build_read(cache):
    load_yaml_text(TEXT, "data/a.yml")
    load_yaml_text("title: old version\n", "data/b.yml")
    use_cache(cache)  # the next build
    load_yaml_text(TEXT, "data/a.yml")
    yamlsource.prune_cache()
    (kept,) = cache.iterdir()
    assert yamlsource.pickle.loads(kept.read_bytes())[0]["title"] == "T"
