from html.parser import HTMLParser

from macros.data.models import Area, Objective, Term
from macros.render.html import page_href
from macros.render.objective_card import render_objective_card


def objective(**changes) -> Objective:
    fields = dict(
        id="102.6",
        title="Linux as a virtualization guest",
        exam="101-500",
        topic="Topic 102",
        weight=1,
        description="Candidates should understand virtualization.",
        areas=[Area(id="cloning", title="Cloning", text="Understand cloning", page="cloning.md")],
        terms=[Term(id="ssh-host-keys", text="SSH host keys", area="cloning")],
    )
    fields.update(changes)
    return Objective(**fields)


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def parse(html: str) -> list:
    parser = Tags()
    parser.feed(html)
    return parser.tags


def test_card_is_a_raw_html_block_with_areas_linked():
    html = render_objective_card(objective(), lambda src: "../" + src)
    assert html.startswith("\n\n<section") and html.endswith("</section>\n\n")
    tags = parse(html)
    assert ("section", {"class": "objective-card", "data-objective": "102.6", "aria-labelledby": "objective-102-6"}) in tags
    assert ("a", {"href": "../cloning.md"}) in tags
    assert "Weight 1" in html and "SSH host keys" in html


def test_data_text_cannot_inject_html_or_jinja():
    evil = objective(
        title='<script>alert(1)</script>',
        description="{{ config.site_name }} {% raw %}",
        areas=[Area(id="cloning", title='"><img src=x onerror=alert(1)>', text="t", page="cloning.md")],
    )
    html = render_objective_card(evil, lambda src: src)
    assert [tag for tag, _ in parse(html)].count("script") == 0
    assert not any(tag == "img" for tag, _ in parse(html))
    assert "&lt;script&gt;" in html
    assert "{{" not in html and "{%" not in html
    assert "&#123;&#123; config.site_name &#125;&#125;" in html


def test_page_href_is_relative_to_the_calling_page():
    assert page_href("cloning.md", "", True) == "cloning/"
    assert page_href("cloning.md", "iaas/", True) == "../cloning/"
    assert page_href("cloning.md", "iaas.html", False) == "cloning.html"
