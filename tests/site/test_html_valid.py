"""The Nu HTML Checker (npm vnu-jar, on the installed Java) finds no error that
our content or templates cause. The allowlist covers only errors that come
from third-party templates, each with where it comes from."""

import json
import re
import shutil
import subprocess

import pytest

from tests.conftest import PROJECT_DIR

VNU = PROJECT_DIR / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# (message pattern, file pattern, where the markup comes from)
ALLOWED = [
    (r"^Bad value “” for attribute “tabindex” on element “label”", r".*", "Material: partials/nav-item.html"),
    (r"^Attribute “autocomplete” is only allowed when the input type is", r".*", "Material: base.html drawer and search toggles"),
]


@pytest.mark.mkdocs_only  # Zensical's theme has markup of its own that the checker flags (aria-hidden on its drawer label)
def test_no_html_errors_from_our_own_markup(site_dir):
    assert shutil.which("java"), "the Nu HTML Checker needs Java (Debian: default-jre-headless)"
    done = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", "--skip-non-html", str(site_dir)],
        capture_output=True, text=True, timeout=300,
    )
    messages = json.loads(done.stderr)["messages"]
    ours = [
        f"{m['url'].split(str(site_dir))[-1]}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if not any(re.search(text, m["message"]) and re.search(where, m["url"]) for text, where, _ in ALLOWED)
    ]
    assert ours == []
    # The allowlist must not hide everything: Material's errors are expected on every page.
    assert len(messages) > len(list(site_dir.rglob("*.html"))), "vnu checked nothing?"
