"""The site as a reader gets it, for page_weight.py and lighthouse.py: built for
its local address and served gzipped on 127.0.0.1 (see gzip_server.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse
from xml.etree import ElementTree

import yaml
from gzip_server import GzipServer

PROJECT = Path(__file__).resolve().parent.parent
# Someone may be editing docs/ or macros/ meanwhile: a failed build is retried after a pause.
BUILD_ATTEMPTS = 3
RETRY_PAUSE_S = 60


@contextmanager
def served_site(site: Path | None) -> Iterator[str]:
    """Yields the base URL of the served site.

    Without `site`, builds into a temporary directory for a free port. With it,
    serves that build on the port its sitemap names, so that canonical links and
    instant navigation point at this server.
    """
    if site is None:
        with tempfile.TemporaryDirectory(prefix="bench-site-") as tmp, GzipServer(tmp) as server:
            build(Path(tmp), server.url)
            yield server.url
    else:
        with GzipServer(site, built_for_port(site)) as server:
            yield server.url


def build(site_dir: Path, site_url: str) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": site_url}
    command = [str(PROJECT / ".venv/bin/mkdocs"), "build", "--strict", "-q", "-d", str(site_dir)]
    for attempt in range(1, BUILD_ATTEMPTS + 1):
        done = subprocess.run(command, cwd=PROJECT, env=env, capture_output=True, text=True, check=False)
        if done.returncode == 0:
            return
        print(f"Build failed (attempt {attempt} of {BUILD_ATTEMPTS}):\n{done.stderr[-2000:]}", file=sys.stderr)
        if attempt < BUILD_ATTEMPTS:
            time.sleep(RETRY_PAUSE_S)
    raise SystemExit("The site does not build; giving up.")


def built_for_port(site: Path) -> int:
    """The 127.0.0.1 port that the build's SITE_URL named, or 0 (any free port) with a warning."""
    first_loc = ElementTree.parse(site / "sitemap.xml").find(".//{*}loc")
    url = urlparse(first_loc.text if first_loc is not None else "")
    if url.hostname == "127.0.0.1" and url.port:
        return url.port
    print(
        f"warning: {site} was built for {url.geturl() or 'no address'}, not http://127.0.0.1:<port>/; "
        "canonical links and instant navigation will not match the server.",
        file=sys.stderr,
    )
    return 0


class _IgnoreTags(yaml.SafeLoader):
    """Reads mkdocs.yml without resolving !ENV, !relative or Python names: only the nav is needed."""


_IgnoreTags.add_multi_constructor("!", lambda loader, suffix, node: None)
_IgnoreTags.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def nav_pages() -> list[str]:
    """URL paths of the pages in mkdocs.yml's nav, in nav order ("" is the home page)."""
    nav = yaml.load((PROJECT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_IgnoreTags)["nav"]
    return [_url_path(source) for source in _sources(nav)]


def _sources(items: list) -> Iterator[str]:
    for item in items:
        # An entry is "page.md", {"Title": "page.md"} or {"Section": [entries]}.
        for value in item.values() if isinstance(item, dict) else [item]:
            if isinstance(value, list):
                yield from _sources(value)
            elif not urlparse(value).scheme:  # external links are not pages of the site
                yield value


def _url_path(source: str) -> str:
    # use_directory_urls (MkDocs' default): a.md -> a/, a/index.md -> a/.
    path = source.removesuffix(".md")
    if path == "index" or path.endswith("/index"):
        return path.removesuffix("index")
    return f"{path}/"
