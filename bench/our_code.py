"""Our code, timed part by part inside real builds: a diagnostic for the
build-time budget (build_time.py), whose ratios are too noisy to say where
the time goes.

    .venv/bin/python bench/our_code.py [RUNS]

Each run is one `mkdocs build` of mkdocs.yml in a fresh interpreter, with the
entry points of macros/ wrapped in timers. What MkDocs and its plugins import
anyway is imported before the clock starts, so "import" is what our modules
add (msgspec included). Medians of RUNS (default 9) are printed, in ms.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
RENDERERS = (
    "objective_card", "flashcards", "quiz", "practice_exam", "coverage_matrix",
    "glossary_list", "flashcard_index", "print_contents", "printed_pages",
)


def one_build(site_dir: str) -> dict[str, float]:
    import markdown  # noqa: F401  (imported by MkDocs anyway: not ours)
    import yaml  # noqa: F401
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.structure.files import File  # noqa: F401

    sys.path.insert(0, str(PROJECT))
    spent: Counter[str] = Counter()

    def timed(label, function):
        def wrapper(*args, **kwargs):
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent[label] += time.perf_counter() - start

        return wrapper

    start = time.perf_counter()
    import macros  # noqa: F401
    from macros import site_data
    from macros.postbuild import run
    from macros.render import git_dates, page_dates, table_host

    spent["import"] = time.perf_counter() - start
    # The names are looked up on their modules when called (see macros/__init__.py), so wrapping them there counts;
    # the post-build steps are looked up in macros/postbuild/run.py, which imported them.
    site_data.SiteData.load = classmethod(timed("load and validate data", site_data.SiteData.load.__func__))
    git_dates.last_changed = timed("git log (page dates)", git_dates.last_changed)
    run.assemble = timed("print edition assembly", run.assemble)
    run.missing_sections = timed("section check", run.missing_sections)
    run.export_site = timed("exports", run.export_site)
    page_dates.revision_date = timed("page dates", page_dates.revision_date)
    table_host.wrap_tables = timed("table hosts", table_host.wrap_tables)
    for name in RENDERERS:
        setattr(site_data.SiteData, name, timed("rendering macros", getattr(site_data.SiteData, name)))
    os.chdir(PROJECT)
    start = time.perf_counter()
    build(load_config("mkdocs.yml", site_dir=site_dir))
    spent["whole build (after imports)"] = time.perf_counter() - start
    return dict(spent)


def main(runs: int) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as in build_time.py: our modules keep their bytecode too
    results = []
    with tempfile.TemporaryDirectory() as site:
        for _ in range(runs + 1):  # the first run only warms the caches
            done = subprocess.run([sys.executable, __file__, "--one", site], env=env, capture_output=True, text=True, check=True)
            results.append(json.loads(done.stdout.splitlines()[-1]))
    results = results[1:]
    names = sorted({name for result in results for name in result}, key=lambda n: -statistics.median(r.get(n, 0) for r in results))
    print(f"Our code inside `mkdocs build`, medians of {runs} runs:\n")
    print("| Part | ms |\n| ---- | -: |")
    ours = 0.0
    for name in names:
        median = statistics.median(result.get(name, 0.0) for result in results) * 1000
        if not name.startswith("whole"):
            ours += median
        print(f"| {name} | {median:.1f} |")
    print(f"| **our code, in all** | **{ours:.0f}** |")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        print(json.dumps(one_build(sys.argv[2])))
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 9)
