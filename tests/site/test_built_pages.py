"""Checks on the real site, built strictly once per test session."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.conftest import PROJECT_DIR, nav_pages, page_url, topic_pages
from tests.site.html_text import article_html, scan_html

# UTF-8 read as Mac Roman (the source notes) or as Latin-1/Windows-1252.
MOJIBAKE = re.compile("Ô∏|üß|üí|üè|üñ|‚Ä|‚öô|â€|Ã[\u0080-\u00bf]|Â[\u00a0-\u00bf]|\uf8ff")
TOPIC_PAGES = topic_pages()
CLOSING_SECTIONS = ["Check yourself", "Flashcards", "Sources"]


def built(site_dir: Path, src: str) -> str:
    return (site_dir / page_url(src) / "index.html").read_text(encoding="utf-8")


def all_html_files(site_dir: Path) -> list[Path]:
    return sorted(site_dir.rglob("*.html"))


# The print edition repeats every other page, so it stays out of search (tested in test_print_edition).
@pytest.mark.mkdocs_only  # Zensical writes its own search index, search.json, in another format
@pytest.mark.parametrize("src", [src for src in nav_pages() if src != "print.md"])
def test_every_nav_page_is_built_and_searchable(site_dir, src):
    assert (site_dir / page_url(src) / "index.html").is_file()
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"] for doc in index["docs"]}
    assert page_url(src) in locations


def test_every_markdown_page_is_in_the_nav():
    on_disk = {str(p.relative_to(PROJECT_DIR / "docs")) for p in (PROJECT_DIR / "docs").rglob("*.md")}
    on_disk -= {str(p.relative_to(PROJECT_DIR / "docs")) for p in (PROJECT_DIR / "docs" / "snippets").rglob("*.md")}
    assert on_disk == set(nav_pages())


def test_no_mojibake_in_sources_or_built_pages(site_dir):
    sources = [*(PROJECT_DIR / "docs").rglob("*.md"), *(PROJECT_DIR / "data").rglob("*.yml")]
    for path in [*sources, *all_html_files(site_dir)]:
        match = MOJIBAKE.search(path.read_text(encoding="utf-8"))
        assert match is None, f"{path}: mojibake {match.group()!r}"


def test_no_unrendered_jinja_outside_code(site_dir):
    for path in all_html_files(site_dir):
        text = "".join(scan_html(path.read_text(encoding="utf-8")).text_outside_code)
        for marker in ("{{", "{%", "{#"):
            assert marker not in text, f"{path}: unrendered Jinja {marker!r} outside code"


def test_no_page_loads_anything_from_another_host(site_dir, base_url):
    own = urlparse(base_url)
    for path in all_html_files(site_dir):
        for url in scan_html(path.read_text(encoding="utf-8")).fetched_urls:
            parsed = urlparse(url)
            if parsed.scheme in ("", "data") or (parsed.scheme, parsed.netloc) == (own.scheme, own.netloc):
                continue
            pytest.fail(f"{path.relative_to(site_dir)} loads {url}")


def test_no_stylesheet_imports_from_another_host(site_dir):
    for css in site_dir.rglob("*.css"):
        text = css.read_text(encoding="utf-8")
        remote = re.findall(r"(?:@import|url\()\s*['\"]?(https?:)?//", text)
        assert not remote, f"{css.relative_to(site_dir)} imports from another host"


@pytest.mark.parametrize("src", TOPIC_PAGES)
def test_topic_pages_close_with_check_yourself_flashcards_and_sources(site_dir, src):
    headings = scan_html(article_html(built(site_dir, src))).headings
    h2 = [text for tag, _, text in headings if tag == "h2"]
    assert h2[-3:] == CLOSING_SECTIONS, f"{src} ends with {h2[-3:]}"
    assert headings[-1][2] == "Sources", f"{src}: 'Sources' must be the last heading"


@pytest.mark.parametrize("src", TOPIC_PAGES)
def test_sources_section_lists_links(site_dir, src):
    article = article_html(built(site_dir, src))
    sources = article[article.rindex('id="sources"'):]
    assert len(re.findall(r'<a href="https?://', sources)) >= 2, f"{src}: Sources needs primary links"


def test_home_page_shows_the_objective_card(site_dir):
    home = built(site_dir, "index.md")
    assert 'data-objective="102.6"' in home
    for area in ("concepts", "iaas", "cloning", "images", "guest-drivers", "cloud-init"):
        assert f'data-area="{area}"' in home


def test_vendored_mermaid_is_served_by_the_site(site_dir):
    bundle = site_dir / "assets" / "vendor" / "mermaid" / "mermaid.min.js"
    assert bundle.stat().st_size > 1_000_000
    assert (PROJECT_DIR / "node_modules" / "mermaid" / "dist" / "mermaid.min.js").read_bytes() == bundle.read_bytes()


def test_mermaid_is_never_fetched_from_a_cdn_at_run_time(site_dir):
    loader = (site_dir / "assets" / "javascripts" / "mermaid-loader.js").read_text(encoding="utf-8")
    assert "window.mermaid" in loader
    assert re.search(r"https?://", loader) is None, "the loader must only use the site's own copy"
    for src in nav_pages():
        assert "assets/javascripts/mermaid-loader.js" in built(site_dir, src)
