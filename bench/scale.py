"""Scale budget of issue 7: our loading, validation, rendering and exports on a
synthetic data set of 1k and of 10k cards.

    .venv/bin/python bench/scale.py [ROUNDS]

Each scale is a copy of the project whose decks and question sets are replaced
by generated ones: 10 decks of 100 cards and 100 questions (1k), or 100 decks
of 100 cards and 1,000 questions (10k). The real deck and set ids are kept, so
every page still finds the data it calls for; cards and questions cycle
through the real areas, terms and page sections.

Every measurement runs in a fresh interpreter (imports already done, as in a
build), interleaved 1k, 10k, 1k, ...; medians are reported. Measured:
  load     SiteData.load: read, validate and cross-check every file, coverage
  render   every macro call the pages make (decks, quizzes, exam, index, ...)
  exports  cold: empty cache; one deck: after one card changed; warm: nothing changed
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
SCALES = {"1k": (10, 100, 100), "10k": (100, 100, 1000)}  # decks, cards per deck, questions


def make_project(root: Path, decks: int, cards_per_deck: int, questions: int) -> Path:
    for name in ("mkdocs.yml", "docs", "data", "macros", "overrides"):
        source = PROJECT / name
        copy = shutil.copytree if source.is_dir() else shutil.copy2
        copy(source, root / name)
    objectives = yaml.safe_load((PROJECT / "data/objectives.yml").read_text())["objectives"][0]
    areas = [a["id"] for a in objectives["areas"]]
    terms = {t["id"]: t["area"] for t in objectives["terms"]}
    sections = _sections()
    deck_ids = sorted(p.stem for p in (PROJECT / "data/flashcards").glob("*.yml"))
    deck_ids += [f"synthetic-{n:03d}" for n in range(decks - len(deck_ids))]
    for path in (root / "data/flashcards").glob("*.yml"):
        path.unlink()
    number = 0
    for deck_id in deck_ids[:decks]:
        cards = []
        for _ in range(cards_per_deck):
            area, term = _area_and_terms(number, areas, terms)
            cards.append({
                "id": f"card-{number:05d}", "front": f"Synthetic question {number}: which command shows `thing-{number}`?",
                "back": f"`show-thing --id {number}` prints it; see **the manual** for *details*.", "area": area,
                "terms": term, "tags": ["synthetic"], "see": sections[number % len(sections)],
            })
            number += 1
        _dump(root / f"data/flashcards/{deck_id}.yml", {"title": f"Deck {deck_id}", "description": "Synthetic cards", "cards": cards})
    set_ids = sorted(p.stem for p in (PROJECT / "data/questions").glob("*.yml"))
    for index, set_id in enumerate(set_ids):
        share = range(index, questions, len(set_ids))
        _dump(root / f"data/questions/{set_id}.yml", {"title": f"Set {set_id}", "questions": [_question(n, areas, terms, sections) for n in share]})
    return root


def _area_and_terms(n: int, areas: list[str], terms: dict[str, str]) -> tuple[str, list[str]]:
    """Every other item names a term (and its area); the others cycle through the areas."""
    if n % 2:
        term = list(terms)[(n // 2) % len(terms)]
        return terms[term], [term]
    return areas[(n // 2) % len(areas)], []


def _question(n: int, areas: list[str], terms: dict[str, str], sections: list[str]) -> dict:
    area, term = _area_and_terms(n, areas, terms)
    base = {"id": f"q-{n:05d}", "area": area, "terms": term, "explain": f"Because `cmd-{n}` does it.", "see": sections[n % len(sections)]}
    kind = ("single", "multiple", "fill")[n % 3]
    choices = [f"cmd-{n}", f"other-{n}", f"third-{n}", f"fourth-{n}"]
    if kind == "single":
        return {**base, "type": kind, "prompt": f"Which command does job {n}?", "choices": choices, "answer": choices[0]}
    if kind == "multiple":
        return {**base, "type": kind, "prompt": f"Which TWO do job {n}? (Choose two.)", "choices": choices, "answer": choices[:2]}
    return {**base, "type": kind, "prompt": f"Type the command for job {n}.", "answer": [f"cmd-{n}"]}


def _sections() -> list[str]:
    """Real page sections, from the `see` links of the real cards."""
    links = {c["see"] for p in (PROJECT / "data/flashcards").glob("*.yml") for c in yaml.safe_load(p.read_text())["cards"] if c.get("see")}
    return sorted(links)


def _dump(path: Path, data: dict) -> None:
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


def measure(root: Path) -> dict[str, float]:
    """One round in this interpreter: what a build spends in our code."""
    from macros.postbuild.exports import write_exports
    from macros.site_data import SiteData

    start = time.perf_counter()
    data = SiteData.load(root, root / "docs")
    loaded = time.perf_counter()
    for deck_id in data.decks:
        data.flashcards(deck_id, "page/", True)
    for set_id in data.question_sets:
        data.quiz(set_id, "quiz/", True)
    data.practice_exam("exam/", True)
    data.flashcard_index("flashcards/", True)
    data.coverage_matrix("coverage/", True)
    data.glossary_list("glossary/", True)
    rendered = time.perf_counter()
    changed = {card.id: 1_700_000_000 for card, _ in data.all_cards()}
    with tempfile.TemporaryDirectory() as tmp:
        cache, site = Path(tmp) / "cache", Path(tmp) / "site"
        times = {"load": loaded - start, "render": rendered - loaded}
        for name, stamps in [("exports cold", changed), ("exports one deck", {**changed, "card-00000": 1_700_000_001}),
                             ("exports warm", {**changed, "card-00000": 1_700_000_001})]:
            begin = time.perf_counter()
            result = write_exports(data.decks, site, "https://example.org/", stamps, cache)
            times[name] = time.perf_counter() - begin
            times[f"{name} rebuilt"] = len(result.rebuilt)
    times["cards"] = len(changed)
    times["questions"] = sum(len(s.content.questions) for s in data.question_sets.values())
    return times


def main(rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        projects = {}
        for name, shape in SCALES.items():
            (Path(tmp) / name).mkdir()
            projects[name] = make_project(Path(tmp) / name, *shape)
        results: dict[str, list[dict]] = {name: [] for name in SCALES}
        for _ in range(rounds):
            for name, root in projects.items():
                done = subprocess.run([sys.executable, __file__, "--measure", str(root)], capture_output=True, text=True, check=True)
                results[name].append(json.loads(done.stdout))
    keys = [k for k in results["1k"][0] if k not in ("cards", "questions") and not k.endswith("rebuilt")]
    print(f"| measure | {' | '.join(SCALES)} | 10k / 1k |")
    print(f"| ------- |{' ------ |' * len(SCALES)} -------- |")
    for name in ("cards", "questions"):
        print(f"| {name} | {' | '.join(str(results[s][0][name]) for s in SCALES)} | |")
    for key in keys:
        medians = [statistics.median(r[key] for r in results[s]) for s in SCALES]
        rebuilt = [results[s][0].get(f"{key} rebuilt") for s in SCALES]
        label = key + (f" (packages rebuilt: {rebuilt[0]} / {rebuilt[1]})" if rebuilt[0] is not None else "")
        print(f"| {label} | {' | '.join(f'{m * 1000:.0f} ms' for m in medians)} | {medians[1] / medians[0]:.1f} |")
    print(f"\nmedians of {rounds} interleaved rounds, each in a fresh interpreter")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--measure":
        print(json.dumps(measure(Path(sys.argv[2]))))
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 9)
