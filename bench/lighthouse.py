"""Lighthouse budgets of issue 7 (6d): Lighthouse 12 (node_modules) in Chromium,
on the site served gzipped as GitHub Pages serves it.

    .venv/bin/python bench/lighthouse.py [ROUNDS] [--site DIR] [--page PATH ...]

ROUNDS (default 9) runs of every page in PAGES, interleaved (page 1, 2, 3, 4,
page 1, ...) because the machine is noisy; medians are reported. Lighthouse's
defaults otherwise: mobile emulation with simulated throttling. Without --site,
the site is built into a temporary directory for the server's address; --site
reuses a build made with SITE_URL=http://127.0.0.1:<port>/.

Budgets, on the medians: accessibility, best practices and SEO 100 on every page;
performance at least PAGES' figure. Exits 1 when one is missed, after printing
the table and, from the last round, every failing audit.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from site_build import PROJECT, served_site

# URL path -> lowest acceptable performance score. The diagram page may pay for Mermaid.
PAGES = {"": 95, "flashcards/": 95, "quiz/": 95, "exam/": 95, "progress/": 95, "virtualization/": 85}
CATEGORIES = {"performance": "Perf", "accessibility": "A11y", "best-practices": "BP", "seo": "SEO"}
METRICS = {"FCP": "first-contentful-paint", "LCP": "largest-contentful-paint", "TBT": "total-blocking-time"}
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
LIGHTHOUSE = PROJECT / "node_modules/.bin/lighthouse"
TOP_OPPORTUNITIES = 10
ITEMS_SHOWN = 5


def run_lighthouse(url: str, output: Path) -> dict:
    command = [
        str(LIGHTHOUSE),
        url,
        "--output=json",
        f"--output-path={output}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={CHROME_FLAGS}",
        "--quiet",
    ]
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
    subprocess.run(command, env=env, check=True)
    report = json.loads(output.read_text(encoding="utf-8"))
    if report.get("runtimeError"):
        raise SystemExit(f"{url}: Lighthouse failed: {report['runtimeError']['message']}")
    return report


def figures(report: dict) -> dict[str, float]:
    """Category scores out of 100, metrics in ms (CLS unitless), and Lighthouse's measure of the machine's speed."""
    result = {name: (category["score"] or 0) * 100 for name, category in report["categories"].items()}
    result |= {name: report["audits"][audit]["numericValue"] for name, audit in METRICS.items()}
    result["CLS"] = report["audits"]["cumulative-layout-shift"]["numericValue"]
    result["benchmarkIndex"] = report["environment"]["benchmarkIndex"]
    return result


def failing_audits(report: dict, base_url: str) -> list[str]:
    lines = []
    for name, category in report["categories"].items():
        failing = [
            (ref, report["audits"][ref["id"]])
            for ref in category["auditRefs"]
            if is_failing(report["audits"][ref["id"]])
            # The performance metrics are in the table already.
            and not (name == "performance" and ref.get("group") in ("metrics", "hidden"))
        ]
        if name == "performance":
            # Only the metrics make the score; of the diagnostics, those with the biggest estimated gain first.
            failing = sorted(failing, key=lambda found: savings(found[1]), reverse=True)[:TOP_OPPORTUNITIES]
        for ref, audit in failing:
            note = " (weight 0: does not lower the score)" if name != "performance" and not ref["weight"] else ""
            value = f": {audit['displayValue']}" if audit.get("displayValue") else ""
            lines.append(f"- {name} `{audit['id']}` {audit['title']}{note}{value}")
            lines += [f"    - {item}" for item in detail_items(audit.get("details") or {}, base_url)]
    errored = [audit for audit in report["audits"].values() if audit["scoreDisplayMode"] == "error"]
    if errored:
        # Not a pass either. Lighthouse 12.2.3 cannot read every trace event of a newer Chromium.
        names = ", ".join(f"`{audit['id']}`" for audit in errored)
        lines.append(f"- not assessed, Lighthouse error in {names}: {errored[0].get('errorMessage', '')[:200]}")
    return lines


def is_failing(audit: dict) -> bool:
    # metricSavings is Lighthouse 12's mode for performance diagnostics; manual and informative audits never fail.
    return (
        audit["score"] is not None and audit["score"] < 1 and audit["scoreDisplayMode"] in ("binary", "numeric", "metricSavings")
    )


def savings(audit: dict) -> tuple[float, float]:
    """Lighthouse's estimate of what fixing a performance audit gains: metric time first, then bytes."""
    return sum((audit.get("metricSavings") or {}).values()), (audit.get("details") or {}).get("overallSavingsBytes", 0)


def detail_items(details: dict, base_url: str) -> list[str]:
    """The first few rows of an audit's table: which element, file or task is at fault."""
    headings = [heading for heading in details.get("headings", []) if heading.get("key")][:3]
    items = details.get("items", [])
    rows = []
    for item in items[:ITEMS_SHOWN]:
        cells = [cell(item[h["key"]], h.get("valueType"), base_url) for h in headings if item.get(h["key"]) is not None]
        rows.append(" · ".join(cells))
    if len(items) > ITEMS_SHOWN:
        rows.append(f"... and {len(items) - ITEMS_SHOWN} more")
    return rows


def cell(value, value_type: str | None, base_url: str) -> str:
    if isinstance(value, dict) and value.get("type") == "node":
        label = " ".join(value.get("nodeLabel", "").split())[:60]
        return f"{value.get('selector') or value.get('snippet')} ({label!r})"
    if isinstance(value, dict):
        value = value.get("value", value.get("url", ""))
    if value_type == "bytes":
        return f"{value / 1024:.1f} KiB"
    if value_type in ("ms", "timespanMs"):
        return f"{value:,.0f} ms"
    return str(value).replace(base_url, "/")


def table(runs: dict[str, list[dict[str, float]]]) -> str:
    lines = [
        "| Page | " + " | ".join(CATEGORIES.values()) + " | FCP | LCP | TBT | CLS |",
        "| ---- | " + " | ".join("---:" for _ in CATEGORIES) + " | ---: | ---: | ---: | ---: |",
    ]
    for page, page_runs in runs.items():
        median = {key: statistics.median(run[key] for run in page_runs) for key in page_runs[0]}
        scores = [f"{median[name]:.0f}" for name in CATEGORIES]
        metrics = [
            f"{median['FCP'] / 1000:.1f} s",
            f"{median['LCP'] / 1000:.1f} s",
            f"{median['TBT']:,.0f} ms",
            f"{median['CLS']:.3f}",
        ]
        lines.append(f"| /{page} | {' | '.join(scores + metrics)} |")
    return "\n".join(lines)


def budget_misses(runs: dict[str, list[dict[str, float]]]) -> list[str]:
    misses = []
    for page, page_runs in runs.items():
        for name in CATEGORIES:
            lowest = PAGES[page] if name == "performance" else 100
            median = statistics.median(run[name] for run in page_runs)
            if median < lowest:
                misses.append(f"/{page}: {name} {median:.0f} < {lowest}")
    return misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("rounds", nargs="?", type=int, default=9, help="runs of each page (default 9)")
    parser.add_argument("--site", type=Path, help="an existing build to serve instead of building one")
    parser.add_argument("--page", action="append", choices=list(PAGES), help="measure only this page (repeatable)")
    args = parser.parse_args()
    runs: dict[str, list[dict[str, float]]] = {page: [] for page in args.page or PAGES}
    last_reports: dict[str, dict] = {}
    with served_site(args.site) as base_url, tempfile.TemporaryDirectory(prefix="lighthouse-") as reports:
        for round_number in range(1, args.rounds + 1):
            for page in runs:
                print(f"round {round_number}/{args.rounds}: /{page}", file=sys.stderr)
                output = Path(reports) / f"{round_number}-{page.strip('/').replace('/', '-') or 'home'}.json"
                last_reports[page] = run_lighthouse(base_url + page, output)
                runs[page].append(figures(last_reports[page]))
    print(f"Lighthouse 12, mobile, median of {args.rounds} interleaved run(s) per page.\n")
    print(table(runs), end="\n\n")
    speed = statistics.median(run["benchmarkIndex"] for page_runs in runs.values() for run in page_runs)
    print(f"Machine speed (Lighthouse benchmarkIndex, median): {speed:.0f}\n")
    for page, report in last_reports.items():
        print(f"### Failing audits on /{page} (last run)\n")
        print("\n".join(failing_audits(report, base_url)) or "None.", end="\n\n")
    misses = budget_misses(runs)
    print("\n".join(f"MISSED: {miss}" for miss in misses) or "All Lighthouse budgets met.")
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
