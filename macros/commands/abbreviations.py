"""Write docs/snippets/abbreviations.md from data/glossary.yml: `make glossary`."""

from pathlib import Path

from ..data.glossary import load_glossary
from ..render.glossary_page import ABBREVIATIONS_FILE, abbreviations_text

if __name__ == "__main__":
    project = Path.cwd()
    glossary = load_glossary(project, project / "docs")
    (project / ABBREVIATIONS_FILE).write_text(abbreviations_text(glossary), encoding="utf-8")
    print(f"wrote {ABBREVIATIONS_FILE}")
