"""What every page offers besides its content: edit, view source, report a
problem, the data files behind generated pages, and a repository link."""

import re

import pytest

from tests.conftest import nav_pages, page_url

REPOSITORY = "https://github.com/lpic1-102-6/study"


def built(site_dir, src: str) -> str:
    return (site_dir / page_url(src) / "index.html").read_text(encoding="utf-8")


@pytest.mark.mkdocs_only  # Zensical 0.0.73 does not apply overrides/main.html or content.action.*: no edit, view, report or data links
@pytest.mark.parametrize("src", nav_pages())
def test_every_page_can_be_edited_viewed_and_reported(site_dir, src):
    page = built(site_dir, src)
    assert f'href="{REPOSITORY}/edit/main/docs/{src}"' in page
    assert f'href="{REPOSITORY}/raw/main/docs/{src}"' in page
    report = re.search(r'<a href="([^"]+)">Report a problem with this page</a>', page)
    assert report, f"{src} has no report link"
    assert report.group(1).startswith(f"{REPOSITORY}/issues/new?template=content-error.yml&amp;title=Content%20error")
    assert 'class="md-social__link"' in page and f'href="{REPOSITORY}"' in page
    assert "api.github.com" not in page


@pytest.mark.mkdocs_only  # Zensical 0.0.73 does not apply overrides/main.html or content.action.*: no edit, view, report or data links
@pytest.mark.parametrize(
    ("src", "source"),
    [
        ("flashcards.md", "tree/main/data/flashcards/"),
        ("quiz.md", "blob/main/data/questions/cloning.yml"),
        ("glossary.md", "blob/main/data/glossary.yml"),
        ("coverage.md", "blob/main/data/objectives.yml"),
        ("cloning.md", "blob/main/data/flashcards/cloning.yml"),
        ("index.md", "blob/main/data/objectives.yml"),
    ],
)
def test_generated_pages_link_the_yaml_behind_them(site_dir, src, source):
    sources = re.search(r'<p class="page-links__sources">(.*?)</p>', built(site_dir, src), flags=re.S)
    assert sources and f'href="{REPOSITORY}/{source}"' in sources.group(1)


@pytest.mark.mkdocs_only  # Zensical runs no on_post_page_macros, which dates the pages
def test_pages_carry_a_last_updated_date_from_git(site_dir):
    assert re.search(r'title="Last update">.*?</span>\s*\d{1,2} [A-Z][a-z]+ 20\d\d', built(site_dir, "cloning.md"), flags=re.S)


@pytest.mark.mkdocs_only  # Zensical 0.0.73 does not apply overrides/main.html or content.action.*: no edit, view, report or data links
def test_pages_offer_the_offline_edition(site_dir):
    assert '<a href="../downloads/lpic1-102.6-offline.zip" download>' in built(site_dir, "cloning.md")
    assert '<a href="downloads/lpic1-102.6-offline.zip" download>' in built(site_dir, "index.md")


@pytest.mark.parametrize("src", nav_pages())
def test_every_page_has_a_description_link_preview_and_favicon(site_dir, src):
    page = built(site_dir, src)
    description = re.search(r'<meta name="description" content="([^"]+)"', page)
    assert description and len(description.group(1)) > 40
    assert f'<meta property="og:description" content="{description.group(1)}">' in page
    assert re.search(r'<link rel="canonical" href="http[^"]+">', page)
    assert re.search(r'rel="icon" href="[^"]*assets/favicon\.svg"', page)


def test_the_404_page_helps(site_dir):
    page = (site_dir / "404.html").read_text(encoding="utf-8")
    assert "<h1>Page not found</h1>" in page and "search box" in page
    assert (site_dir / "sitemap.xml").is_file()
