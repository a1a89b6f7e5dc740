import pytest

from macros.data.inline_markdown import UnsafeLink, links_in, plain_text, render_inline


def link(src: str) -> str:
    return "../" + src.replace(".md", "/")


def test_code_emphasis_strong_and_links():
    html = render_inline("Run `ssh-keygen -A` as *root*, **now**; see [cloning](cloning.md#ssh-host-keys)", link)
    assert html == (
        'Run <code>ssh-keygen -A</code> as <em>root</em>, <strong>now</strong>; '
        'see <a href="../cloning/#ssh-host-keys">cloning</a>'
    )


def test_html_is_shown_literally_never_live():
    html = render_inline('<script>alert(1)</script> <img src=x onerror=alert(1)> "quoted"', link)
    assert "<script>" not in html and "<img" not in html
    assert html.startswith("&lt;script&gt;alert(1)&lt;/script&gt;")


def test_jinja_is_shown_literally_and_cannot_be_rendered_again():
    html = render_inline("{{ ds.meta_data.instance_id }} and `{% if x %}`", link)
    assert "{{" not in html and "{%" not in html
    assert "&#123;&#123; ds.meta_data.instance_id &#125;&#125;" in html


def test_code_keeps_markdown_characters_literal():
    assert render_inline("`*not emphasis* [x](y.md)`", link) == "<code>*not emphasis* [x](y.md)</code>"


def test_underscores_in_names_are_not_emphasis():
    assert render_inline("hv_netvsc and hv_storvsc", link) == "hv_netvsc and hv_storvsc"


def test_javascript_links_are_refused():
    with pytest.raises(UnsafeLink):
        render_inline("[click](javascript:alert(1))", link)


def test_external_links_are_kept_and_attributes_escaped():
    assert render_inline('[man](https://man7.org/x"y)', link) == '<a href="https://man7.org/x&quot;y">man</a>'


def test_plain_text_and_links():
    source = "Run `virt-sysprep` on a **copy**; see [the page](cloning.md#virt-sysprep)"
    assert plain_text(source) == "Run virt-sysprep on a copy; see the page"
    assert links_in(source) == ["cloning.md#virt-sysprep"]
