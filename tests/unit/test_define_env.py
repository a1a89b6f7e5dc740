"""define_env with a stand-in for the mkdocs-macros environment, without MkDocs."""

import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

import macros
from macros.data.errors import DataError
from macros.render.table_host import TableHostExtension

PROJECT_DIR = Path(__file__).resolve().parents[2]


class StandInEnv:
    def __init__(self, project_dir: Path, on_error_fail: bool):
        self.project_dir = str(project_dir)
        self.conf = {"docs_dir": str(project_dir / "docs"), "use_directory_urls": True, "markdown_extensions": ["tables"]}
        self.config = {"on_error_fail": on_error_fail}
        self.page = SimpleNamespace(url="iaas/", meta={})
        self.macros = {}
        self.variables = {}

    def macro(self, function):
        self.macros[function.__name__] = function
        return function


@pytest.fixture
def broken_project(tmp_path):
    shutil.copytree(PROJECT_DIR / "docs", tmp_path / "docs")
    shutil.copytree(PROJECT_DIR / "data", tmp_path / "data")
    objectives = tmp_path / "data" / "objectives.yml"
    objectives.write_text(objectives.read_text().replace("weight: 1", "weight: heavy"))
    return tmp_path


def test_registers_the_objective_card_with_links_from_the_current_page():
    env = StandInEnv(PROJECT_DIR, on_error_fail=True)
    macros.define_env(env)
    html = env.macros["objective_card"]("102.6")
    assert 'href="../cloning/"' in html


def test_adds_the_table_host_extension_once_however_often_it_runs():
    env = StandInEnv(PROJECT_DIR, on_error_fail=True)
    macros.define_env(env)
    macros.define_env(env)  # a second call on the same config must not add it twice
    added = [ext for ext in env.conf["markdown_extensions"] if isinstance(ext, TableHostExtension)]
    assert env.conf["markdown_extensions"][0] == "tables" and len(added) == 1


def test_broken_data_fails_when_errors_must_fail(broken_project):
    env = StandInEnv(broken_project, on_error_fail=True)
    with pytest.raises(DataError, match=r"data/objectives.yml:\d+: field 'objectives\[0\]\.weight'"):
        macros.define_env(env)


def test_broken_data_is_shown_on_the_page_while_serving(broken_project):
    env = StandInEnv(broken_project, on_error_fail=False)
    macros.define_env(env)
    html = env.macros["objective_card"]("102.6")
    assert 'role="alert"' in html and "objectives[0].weight" in html


def test_macros_record_the_data_files_a_page_is_built_from():
    env = StandInEnv(PROJECT_DIR, on_error_fail=True)
    macros.define_env(env)
    env.macros["objective_card"]("102.6")
    env.macros["flashcards"]("cloning")
    env.macros["flashcards"]("cloning", tag="command")
    assert env.page.meta["data_sources"] == ["data/objectives.yml", "data/flashcards/cloning.yml"]


class ZensicalStandInEnv(StandInEnv):
    """Zensical's MacroEnv, as define_env tells it apart: by the module of its class."""

    __module__ = "zensical.extensions.macros"

    def __init__(self, project_dir: Path):
        super().__init__(project_dir, on_error_fail=True)
        self.conf = {"docs_dir": "docs", "markdown_extensions": ["tables"]}  # as written in mkdocs.yml
        self.page = SimpleNamespace(url="iaas/", path="iaas.md", meta={})


def test_under_zensical_links_are_written_from_the_source_file_and_the_extensions_are_left_alone():
    """Zensical rebases relative links in raw HTML from docs/iaas.md to iaas/, so the
    macros write them as seen from docs/: cloning/, which Zensical turns into ../cloning/."""
    env = ZensicalStandInEnv(PROJECT_DIR)
    macros.define_env(env)
    html = env.macros["objective_card"]("102.6")
    assert 'href="cloning/"' in html and 'href="../cloning/"' not in html
    assert env.conf["markdown_extensions"] == ["tables"]
    assert env.variables["git_times"] == {}  # no page dates under Zensical, so no git log per page


def test_the_data_is_loaded_once_until_a_file_changes(tmp_path):
    """Zensical runs define_env for every page: one load serves them all, and an edit still shows."""
    from macros.site_data import SiteData

    shutil.copytree(PROJECT_DIR / "docs", tmp_path / "docs", ignore=shutil.ignore_patterns("vendor"))
    shutil.copytree(PROJECT_DIR / "data", tmp_path / "data")
    first = SiteData.load_once(tmp_path, tmp_path / "docs")
    assert SiteData.load_once(tmp_path, tmp_path / "docs") is first
    glossary = tmp_path / "data" / "glossary.yml"
    glossary.write_text(glossary.read_text() + "\n")
    assert SiteData.load_once(tmp_path, tmp_path / "docs") is not first
