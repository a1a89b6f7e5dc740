"""Fixtures shared by the site and browser tests: one strict build of the real
site, served over HTTP on the address its sitemap names, and one offline edition."""

from __future__ import annotations

import http.server
import os
import shutil
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest
import yaml

PROJECT_DIR = Path(__file__).resolve().parent.parent
MKDOCS = [sys.executable, "-m", "mkdocs"]

sys.path.insert(0, str(PROJECT_DIR / "tools"))
from package_offline import FOLDER, build_offline, zip_site  # noqa: E402


def build_site(project_dir: Path, site_dir: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run a strict build the way `make build` does and return the finished process."""
    return subprocess.run(
        [*MKDOCS, "build", "--strict", "--clean", "--site-dir", str(site_dir)],
        cwd=project_dir,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
        capture_output=True,
        text=True,
        timeout=300,
    )


def nav_pages() -> list[str]:
    """Every Markdown file named in mkdocs.yml's nav, in nav order."""
    config = yaml.load((PROJECT_DIR / "mkdocs.yml").read_text(), Loader=_IgnoreTags)
    pages: list[str] = []

    def walk(item):
        if isinstance(item, str):
            pages.append(item)
        elif isinstance(item, dict):
            for value in item.values():
                walk(value)
        elif isinstance(item, list):
            for value in item:
                walk(value)

    walk(config["nav"])
    return pages


# Pages that are tools rather than lessons: no "Check yourself" or deck of their own.
TOOL_PAGES = {"index.md", "flashcards.md", "quiz.md", "exam.md", "exam-day.md", "progress.md", "glossary.md", "coverage.md", "print.md"}


def all_questions() -> list:
    """Every question of data/questions/, so that counts in tests follow the data."""
    from macros.data.objectives import load_objectives
    from macros.data.question_sets import load_question_sets

    objectives = load_objectives(PROJECT_DIR, PROJECT_DIR / "docs")
    sets = load_question_sets(PROJECT_DIR, PROJECT_DIR / "docs", objectives)
    return [question for loaded in sets.values() for question in loaded.content.questions]


def topic_pages() -> list[str]:
    return [src for src in nav_pages() if src not in TOOL_PAGES]


def page_url(src: str) -> str:
    """docs path -> site path, with directory URLs: 'iaas.md' -> 'iaas/'."""
    if src == "index.md":
        return ""
    return src.removesuffix(".md").removesuffix("/index") + "/"


class _IgnoreTags(yaml.SafeLoader):
    """Reads mkdocs.yml without resolving MkDocs' own tags (!ENV, !!python/name)."""


_IgnoreTags.add_multi_constructor("!", lambda loader, suffix, node: None)
_IgnoreTags.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the directory the server is pointed at, which is set after the build."""

    def __init__(self, request, client_address, server):
        super().__init__(request, client_address, server, directory=server.site_root)

    def log_message(self, *args):  # keep pytest output readable
        pass


@pytest.fixture(scope="session")
def http_server(tmp_path_factory):
    """A server on a free port; the site is built for its address, then served."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _SiteHandler)
    server.site_root = str(tmp_path_factory.mktemp("empty"))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def base_url(http_server) -> str:
    return f"http://127.0.0.1:{http_server.server_address[1]}/"


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory, http_server, base_url) -> Path:
    """The real site, built strictly once for the whole test session and served.
    SITE_BUILDER=zensical builds it with Zensical instead (`make test-zensical`)."""
    site = tmp_path_factory.mktemp("site")
    build = build_with_zensical if os.environ.get("SITE_BUILDER") == "zensical" else build_site
    result = build(PROJECT_DIR, site, {"SITE_URL": base_url})
    assert result.returncode == 0, f"strict build failed:\n{result.stderr[-4000:]}"
    http_server.site_root = str(site)
    return site


def build_with_zensical(project_dir: Path, site_dir: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    """`make build-zensical` into ``site_dir``: Zensical's strict build, then the post-build command.
    Zensical writes only inside the project, so it builds into site-zensical-tests/ (ignored by git)
    and the site is moved from there."""
    bin_dir = project_dir / ".venv-zensical" / "bin"
    inside = project_dir / "site-zensical-tests"
    shutil.rmtree(inside, ignore_errors=True)
    env = {**os.environ, **env, "SITE_DIR": inside.name}
    built = subprocess.run(
        [str(bin_dir / "zensical"), "build", "--strict"], cwd=project_dir, env=env, capture_output=True, text=True, timeout=300
    )
    if built.returncode != 0:
        return built
    shutil.copytree(inside, site_dir, dirs_exist_ok=True)
    shutil.rmtree(inside)
    return subprocess.run(
        [str(bin_dir / "python"), "-m", "macros.postbuild", str(site_dir)],
        cwd=project_dir, env=env, capture_output=True, text=True, timeout=300,
    )


@pytest.fixture(scope="session")
def offline_site(tmp_path_factory) -> Path:
    """The offline edition, built, zipped and unzipped again once per session, so
    the site and browser tests both check what readers download."""
    work = tmp_path_factory.mktemp("offline")
    build_offline(work / "built")
    zip_site(work / "built", work / "site.zip")
    with zipfile.ZipFile(work / "site.zip") as archive:
        archive.extractall(work / "unzipped")
    return work / "unzipped" / FOLDER


@pytest.fixture
def project_copy(tmp_path) -> Path:
    """A throwaway copy of the project without .git, for builds that change files."""
    copy = tmp_path / "project"
    copy.mkdir()
    for name in ("mkdocs.yml", "docs", "data", "macros", "overrides"):
        source = PROJECT_DIR / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, copy / name)
    return copy
