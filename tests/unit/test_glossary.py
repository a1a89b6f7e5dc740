"""The glossary: its page, and the generated abbreviation tooltips."""

from pathlib import Path

from macros.data.glossary import load_glossary
from macros.data.models import Glossary, GlossaryEntry
from macros.render.glossary_page import ABBREVIATIONS_FILE, abbreviations_text, render_glossary

PROJECT_DIR = Path(__file__).resolve().parents[2]


def test_the_committed_tooltips_match_the_glossary():
    glossary = load_glossary(PROJECT_DIR, PROJECT_DIR / "docs")
    committed = (PROJECT_DIR / ABBREVIATIONS_FILE).read_text(encoding="utf-8")
    assert committed == abbreviations_text(glossary), f"{ABBREVIATIONS_FILE} is stale: run `make glossary`"


def test_abbreviations_become_markdown_abbr_definitions():
    glossary = Glossary(entries=[
        GlossaryEntry(term="Virtual machine monitor", abbr="VMM", definition="Another name for a *hypervisor*."),
        GlossaryEntry(term="Hypervisor", definition="Runs virtual machines."),
    ])
    assert abbreviations_text(glossary).splitlines()[2:] == ["*[VMM]: Virtual machine monitor: Another name for a hypervisor."]


def test_the_glossary_page_is_sorted_escaped_and_linked():
    glossary = Glossary(entries=[
        GlossaryEntry(term="VM <b>", definition="A `guest`.", see="virtualization.md#what-is-virtualization"),
        GlossaryEntry(term="Container", definition="Shares the kernel."),
    ])
    html = render_glossary(glossary, lambda src: "../" + src.replace(".md", "/"))
    assert html.index("Container") < html.index("VM &lt;b&gt;")
    assert '<dt id="term-vm-b">VM &lt;b&gt;</dt>' in html
    assert '<dd>A <code>guest</code>. <a href="../virtualization/#what-is-virtualization">Learn more</a></dd>' in html
