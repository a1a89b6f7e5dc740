"""Links in the print edition are marked to print where they lead."""

from macros.postbuild.print_links import annotate_links, target_labels

CLONING = (
    '<h1 id="cloning-and-templates">Cloning and templates<a class="headerlink" href="#cloning-and-templates">&para;</a></h1>'
    '<h2 id="machine-id">The <code>machine</code> ID<a class="headerlink" href="#machine-id" title="Link">&para;</a></h2>'
)
LABELS = {**target_labels(CLONING, "cloning", "Cloning and templates"), **target_labels("<h1>IaaS</h1>", "iaas", "IaaS")}


def marked(link: str, page: str = "iaas", before: str = "") -> str:
    """The link as annotate_links leaves it on ``page``, after the ``before`` markup."""
    return annotate_links(before + link, page, LABELS).removeprefix(before)


def test_labels_name_the_page_and_the_heading_text():
    assert LABELS == {
        "cloning": "Cloning and templates",
        "cloning--cloning-and-templates": "Cloning and templates",
        "cloning--machine-id": "Cloning and templates › The machine ID",
        "iaas": "IaaS",
    }


def test_an_external_link_prints_its_url_unless_its_text_is_the_url():
    assert marked('<a href="https://example.org/a">Example</a>') == '<a href="https://example.org/a" data-print-url>Example</a>'
    assert marked('<a href="https://example.org/a/">https://example.org/a/</a>') == '<a href="https://example.org/a/">https://example.org/a/</a>'
    assert "data-print-url" not in marked('<a href="https://example.org/a/">example.org/a</a>')
    assert "data-print-url" not in marked('<a href="https://example.org/"><img src="logo.svg"></a>'), "no text, nothing to explain"


def test_a_jump_prints_the_page_and_heading_it_leads_to():
    assert marked('<a href="#cloning--machine-id">the ID</a>') == (
        '<a href="#cloning--machine-id" data-print-target="Cloning and templates › The machine ID">the ID</a>'
    )
    assert marked('<a class="quiz__see" href="#cloning">Read</a>') == (
        '<a class="quiz__see" href="#cloning" data-print-target="Cloning and templates">Read</a>'
    )


def test_jumps_that_need_no_explanation_stay_unmarked():
    unmarked = [
        '<a href="#cloning--__codelineno-0-3">3</a>',  # a code line
        '<a href="#cloning--fn:1">1</a>',  # a footnote
        '<a href="#cloning">Cloning and templates</a>',  # the text already says it
        '<a href="#cloning--machine-id"></a>',  # no text
        '<a href="../exam/">exam</a>',  # leaves the print edition
    ]
    for link in unmarked:
        assert marked(link) == link
    permalink = '<a class="headerlink" href="#cloning--machine-id" title="Link">&para;</a>'
    assert marked(permalink, "cloning", '<h2 id="cloning--other">Other</h2>') == permalink


def test_a_jump_to_the_section_or_page_it_sits_in_stays_unmarked():
    inside = '<h2 id="cloning--machine-id">ID</h2><h3 id="cloning--sub">Sub</h3>'
    assert "data-print" not in marked('<a href="#cloning--machine-id">up</a>', "cloning", inside)
    assert "data-print" not in marked('<a href="#cloning">top</a>', "cloning", inside)
    after = inside + '<h2 id="cloning--next">Next</h2>'
    assert "data-print-target" in marked('<a href="#cloning--machine-id">back</a>', "cloning", after)


def test_labels_are_escaped_in_the_attribute():
    labels = target_labels('<h2 id="q">Say &quot;hi&quot; &lt;b&gt; {{ x }}</h2>', "p", "A & B")
    html = annotate_links('<a href="#p--q">x</a>', "other", labels)
    assert 'data-print-target="A &amp; B › Say &quot;hi&quot; &lt;b&gt; &#123;&#123; x &#125;&#125;"' in html
