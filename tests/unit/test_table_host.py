import markdown

from macros.render.table_host import TableHostExtension, wrap_tables


def test_a_plain_table_gets_a_host_of_its_own():
    html = "<p>Before</p>\n<table>\n<tr><td>x</td></tr>\n</table>\n<p>After</p>"
    assert wrap_tables(html) == (
        '<p>Before</p>\n<div class="table-host"><table>\n<tr><td>x</td></tr>\n</table></div>\n<p>After</p>'
    )


def test_tables_with_a_class_are_left_alone_but_plain_tables_inside_them_are_not():
    # As Material selects them: table:not([class]), wherever it stands (code line numbers use a class).
    html = '<table class="highlighttable"><tr><td><table><tr><td>1</td></tr></table></td></tr></table>'
    assert wrap_tables(html) == (
        '<table class="highlighttable"><tr><td><div class="table-host"><table><tr><td>1</td></tr></table></div>'
        "</td></tr></table>"
    )


def test_every_table_is_closed_where_it_was_and_attributes_are_kept():
    html = '<table id="a"><caption>A</caption></table><TABLE data-x="1"></TABLE><table class="c"></table>'
    wrapped = wrap_tables(html)
    assert wrapped == (
        '<div class="table-host"><table id="a"><caption>A</caption></table></div>'
        '<div class="table-host"><TABLE data-x="1"></TABLE></div>'
        '<table class="c"></table>'
    )


def test_text_that_only_mentions_tables_is_untouched():
    html = "<p><code>&lt;table&gt;</code> and tablet</p>"
    assert wrap_tables(html) == html


def test_the_extension_wraps_markdown_tables_and_raw_html_tables():
    md = markdown.Markdown(extensions=["tables", TableHostExtension()])
    html = md.convert("| a | b |\n|---|---|\n| 1 | 2 |\n\n<table><tr><td>raw</td></tr></table>\n")
    assert html.count('<div class="table-host"><table>') == 2
    assert html.count("</table></div>") == 2
