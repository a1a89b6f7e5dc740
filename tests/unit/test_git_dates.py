"""Page dates from git, and the fallbacks when there is no usable history."""

import subprocess
from pathlib import Path

from macros.render.git_dates import last_changed
from macros.render.page_dates import revision_date


def git(cwd: Path, *args: str, date: str | None = None) -> None:
    env = {"GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date} if date else {}
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={"PATH": "/usr/bin:/bin", "HOME": str(cwd), **env})


def make_repo(path: Path) -> Path:
    (path / "docs").mkdir(parents=True)
    (path / "data").mkdir()
    git(path, "init", "-q", "-b", "main")
    git(path, "config", "user.email", "t@example.org")
    git(path, "config", "user.name", "T")
    (path / "docs" / "a.md").write_text("one")
    (path / "data" / "deck.yml").write_text("one")
    git(path, "add", ".")
    git(path, "commit", "-q", "-m", "first", date="2026-01-01T00:00:00Z")
    (path / "data" / "deck.yml").write_text("two")
    git(path, "commit", "-q", "-am", "second", date="2026-03-05T00:00:00Z")
    return path


def test_newest_commit_per_file(tmp_path):
    times = last_changed(make_repo(tmp_path / "repo"))
    assert times == {"data/deck.yml": 1772668800, "docs/a.md": 1767225600}


def test_a_page_is_as_new_as_the_data_it_shows(tmp_path):
    times = last_changed(make_repo(tmp_path / "repo"))
    assert revision_date("a.md", [], times) == "1 January 2026"
    assert revision_date("a.md", ["data/deck.yml"], times) == "5 March 2026"
    assert revision_date("a.md", ["data/"], times) == "5 March 2026"
    assert revision_date("b.md", [], times) is None


def test_no_git_and_shallow_clones_give_no_dates(tmp_path):
    assert last_changed(tmp_path) == {}
    repo = make_repo(tmp_path / "repo")
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{repo}", "shallow")
    assert last_changed(tmp_path / "shallow") == {}
