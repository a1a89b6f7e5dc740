"""Build-time budget of issue 7: our code and our plugins against two baselines,
each built from the same rendered Markdown.

    .venv/bin/python bench/build_time.py [RUNS]

1. full      -- mkdocs.yml as it is: search, and macros with our module (which
                also assembles the print edition and writes the exports).
2. plugins   -- the same third-party plugins and extensions (search, macros with
                no module), none of our code, on the Markdown our macros
                rendered (so the pages are identical).
3. plain     -- Material with the search plugin only, on that same Markdown.

"full" reuses what the build before it cached in .cache/ (the flashcard exports
and the parsed data files), as every build after the first does; "full-cold"
deletes .cache/ first, as a fresh clone in CI has none.

Runs are interleaved (full, full-cold, plugins, plain, full, ...) and medians reported,
because the machine is noisy. The budgets are checked on the median of each round's
own ratio: a round builds the variants back to back, so the machine's slow swings
in speed (a third of a second and more here) cancel out within it. The ratio of
the medians is printed beside it. Results go in BENCHMARKS.md.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.plugins import BasePlugin, event_priority

PROJECT = Path(__file__).resolve().parent.parent


class _DumpRendered(BasePlugin):
    """Writes each page's Markdown after macros ran, with its front matter."""

    def __init__(self, out: Path):
        super().__init__()
        self.out = out

    @event_priority(-100)
    def on_page_markdown(self, markdown, page, **kwargs):
        target = self.out / page.file.src_uri
        target.parent.mkdir(parents=True, exist_ok=True)
        meta = {k: v for k, v in page.meta.items() if k in ("title", "description", "hide", "search")}
        # The baseline's macros plugin renders every page through Jinja again, as ours
        # does; {% raw %} keeps literal Jinja examples on the pages from being run twice.
        assert "{% endraw %}" not in markdown, f"{page.file.src_uri}: cannot wrap in a raw block"
        target.write_text(f"---\n{yaml.safe_dump(meta)}---\n\n{{% raw %}}{markdown}{{% endraw %}}", encoding="utf-8")
        return markdown


def rendered_docs(work: Path) -> Path:
    docs = work / "docs"
    shutil.copytree(PROJECT / "docs", docs, ignore=shutil.ignore_patterns("*.md"))
    shutil.copytree(PROJECT / "docs" / "snippets", docs / "snippets", dirs_exist_ok=True)
    config = load_config(str(PROJECT / "mkdocs.yml"), site_dir=str(work / "dump-site"))
    config.plugins["bench-dump"] = _DumpRendered(docs)
    build(config)
    return docs


def write_config(work: Path, name: str, docs: Path, plugins: dict) -> Path:
    text = (PROJECT / "mkdocs.yml").read_text()
    # Replace docs_dir and plugins; everything else (theme, extensions, nav) stays identical.
    head, _, rest = text.partition("\nplugins:\n")
    tail = rest[rest.index("\nwatch:") :]
    # Next to mkdocs.yml, so that its relative paths (overrides/, ...) still resolve.
    config = PROJECT / f".bench-{name}.yml"
    config.write_text(
        f"{head}\ndocs_dir: {docs}\nplugins:\n{_indent(yaml.safe_dump(plugins))}{tail}",
        encoding="utf-8",
    )
    return config


def _indent(text: str) -> str:
    return "".join(f"  {line}\n" for line in text.splitlines())


class _KeepTags(yaml.SafeLoader):
    pass


_KeepTags.add_multi_constructor("!", lambda loader, suffix, node: None)
_KeepTags.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def timed_build(config: Path, site: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one build in its own process. CPU time is
    reported too because it moves less than wall time on a shared machine."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    # pip compiled the third-party packages to bytecode when it installed them.
    # Where PYTHONDONTWRITEBYTECODE is set (this machine sets it), our modules
    # alone would be compiled again on every build, as they never are on a
    # maintainer's machine: let Python cache them too (see the warm-up in main).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "--strict", "-f", str(config), "-d", str(site)],
                   cwd=PROJECT, env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        raise SystemExit(f"{config.name}: build failed\n{done.stderr[-2000:]}")
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    return wall, cpu


def main(runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        docs = rendered_docs(work)
        separator = yaml.load((PROJECT / "mkdocs.yml").read_text(), Loader=_KeepTags)["plugins"]["search"]["separator"]
        variants = {
            "full": PROJECT / "mkdocs.yml",
            # The same, as CI builds it: nothing cached by an earlier build.
            "full-cold": PROJECT / "mkdocs.yml",
            "plugins": write_config(work, "plugins", docs, {
                "search": {"separator": separator}, "macros": {},  # no module: the default "main" does not exist
            }),
            "plain": write_config(work, "plain", docs, {"search": {"separator": separator}}),
        }
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in variants}
        try:
            for name, config in variants.items():  # warm-up, not timed: bytecode and file caches
                timed_build(config, work / f"site-{name}")
            for _ in range(runs):
                for name, config in variants.items():
                    if name == "full-cold":
                        shutil.rmtree(PROJECT / ".cache", ignore_errors=True)
                    times[name].append(timed_build(config, work / f"site-{name}"))
        finally:
            for config in PROJECT.glob(".bench-*.yml"):
                config.unlink()
    for measure, column in (("wall", 0), ("CPU", 1)):
        medians = {name: statistics.median(run[column] for run in runs_) for name, runs_ in times.items()}
        print(f"{measure} time, medians of {runs} interleaved runs")
        for name, value in medians.items():
            print(f"  {name:9s} {value:.2f} s  (runs: {', '.join(f'{run[column]:.2f}' for run in times[name])})")
        for full in ("full", "full-cold"):
            for baseline, budget, label in (("plugins", 1.10, "our code:  "), ("plain", 1.5, "everything:")):
                paired = statistics.median(f[column] / b[column] for f, b in zip(times[full], times[baseline], strict=True))
                print(
                    f"  {label} {full} / {baseline} = {paired:.3f} median of the rounds' ratios, "
                    f"{medians[full] / medians[baseline]:.3f} ratio of the medians  (budget {budget})"
                )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 9)
