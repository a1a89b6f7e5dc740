"""What every knowledge area's page and the cheat sheet must contain."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from macros.data.objectives import load_objectives
from tests.conftest import PROJECT_DIR, nav_pages, page_url, topic_pages
from tests.site.html_text import article_html

OBJECTIVES = load_objectives(PROJECT_DIR, PROJECT_DIR / "docs").objectives
AREA_PAGES = sorted({area.page for objective in OBJECTIVES for area in objective.areas})
# Pages where structure or flow is the point, so a diagram was promised.
DIAGRAM_PAGES = [
    "virtualization.md", "vms-and-containers.md", "containers.md", "iaas.md",
    "images.md", "cloning.md", "cloud-init.md", "guest-drivers.md",
]


def article(site_dir: Path, src: str) -> str:
    return article_html((site_dir / page_url(src) / "index.html").read_text(encoding="utf-8"))


@pytest.mark.parametrize("src", AREA_PAGES)
def test_each_knowledge_area_has_a_page_in_the_nav(src):
    assert (PROJECT_DIR / "docs" / src).is_file()
    assert src in nav_pages()


@pytest.mark.parametrize("src", topic_pages())
def test_each_topic_page_has_a_table_exam_tips_and_collapsed_answers(site_dir, src):
    content = article(site_dir, src)
    assert "<table>" in content, f"{src} has no table"
    assert re.search(r'class="admonition (tip|warning)', content), f"{src} has no exam tip or trap box"
    check = content[content.index('id="check-yourself"'):content.index('id="flashcards"')]
    assert "<details" in check, f"{src}: Check yourself answers must be collapsed"


@pytest.mark.parametrize("src", DIAGRAM_PAGES)
def test_pages_that_promise_a_diagram_have_one(site_dir, src):
    assert '<pre class="mermaid">' in article(site_dir, src), f"{src} has no Mermaid diagram"


@pytest.mark.parametrize("src", DIAGRAM_PAGES)
def test_each_topic_page_opens_with_its_essentials_and_reading_time(site_dir, src):
    content = article(site_dir, src)
    box = content[content.index('<aside class="admonition abstract essentials"'):]
    box = box[: box.index("</aside>")]
    assert content.index("<aside") < content.index("<h2"), f"{src}: the Essentials box must come before the first section"
    assert re.search(r"The whole page takes about \d+ minutes to read", box)
    targets = re.findall(r'<a class="essentials__see" href="([^"]*)"', box)
    assert 3 <= len(targets) <= 7
    for target in targets:
        assert target.startswith("#") and f'id="{target[1:]}"' in content, f"{src}: Essentials link {target} names no section here"


def test_home_page_links_every_page(site_dir):
    home = article(site_dir, "index.md")
    for src in nav_pages():
        if src != "index.md":
            assert f'href="{page_url(src)}"' in home, f"the home page does not link {src}"


def test_every_cheat_sheet_command_links_to_a_page_that_teaches_it(site_dir):
    sheet = article(site_dir, "cheatsheet.md")
    rows = re.findall(r"<tr>(.*?)</tr>", sheet, flags=re.S)
    checked = 0
    for row in rows:
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.S)
        if not cells:
            continue  # the header row
        command = re.match(r"\s*<code>(.*?)</code>", cells[0], flags=re.S)
        assert command, f"cheat sheet row does not start with a command or file: {cells[0][:80]}"
        name = html.unescape(re.sub(r"<[^>]+>", "", command.group(1)))
        links = re.findall(r'<a href="\.\./([^"#]+)(?:#([^"]+))?"', row)
        assert links, f"cheat sheet row for {name!r} links to no page"
        for target, anchor in links:
            page = (site_dir / target / "index.html").read_text(encoding="utf-8")
            text = html.unescape(re.sub(r"<[^>]+>", "", article_html(page)))
            assert _mentions(text, name), f"{target} does not mention {name!r}"
            if anchor:
                assert f'id="{anchor}"' in page, f"{target} has no #{anchor}"
        checked += 1
    assert checked >= 30, f"only {checked} commands on the cheat sheet"


def _mentions(text: str, name: str) -> bool:
    """True if the page's text contains the command exactly, ignoring line breaks."""
    return " ".join(name.split()) in " ".join(text.split())
