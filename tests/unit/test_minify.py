"""Our scripts and styles ship minified; vendored files are left alone."""

from macros.postbuild.minify import minify_assets

SCRIPT = """/*
 * A long comment for maintainers.
 */
(function () {
  "use strict";
  // Why this line is here.
  var answer = "/* not a comment */";
  window.answer = answer;
})();
"""
STYLE = """/* Why this rule. */
.md-typeset .quiz {
  margin: 0 auto;
}
"""


def write(root, relative, content):
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    return path


def test_our_assets_lose_comments_and_spaces_but_not_code(tmp_path):
    docs, site = tmp_path / "docs", tmp_path / "site"
    for root in (docs, site):
        write(root, "assets/javascripts/quiz.js", SCRIPT)
        write(root, "assets/stylesheets/extra.css", STYLE)
    done = minify_assets(docs, site)
    assert done == ["assets/javascripts/quiz.js", "assets/stylesheets/extra.css"]
    script = (site / "assets/javascripts/quiz.js").read_text(encoding="utf-8")
    assert "maintainers" not in script and "Why this line" not in script
    assert '"/* not a comment */"' in script and "window.answer=answer" in script
    assert (site / "assets/stylesheets/extra.css").read_text(encoding="utf-8") == ".md-typeset .quiz{margin:0 auto}"
    assert (docs / "assets/javascripts/quiz.js").read_text(encoding="utf-8") == SCRIPT  # the source stays readable


def test_vendored_and_unbuilt_files_are_left_alone(tmp_path):
    docs, site = tmp_path / "docs", tmp_path / "site"
    write(docs, "assets/javascripts/gone.js", SCRIPT)  # not in the site, e.g. excluded
    for root in (docs, site):
        write(root, "assets/vendor/mermaid/mermaid.min.js", SCRIPT)
    assert minify_assets(docs, site) == []
    assert (site / "assets/vendor/mermaid/mermaid.min.js").read_text(encoding="utf-8") == SCRIPT
    assert not (site / "assets/javascripts/gone.js").exists()
