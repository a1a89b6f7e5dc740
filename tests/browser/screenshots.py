"""Screenshots of every page, light and dark, at phone and desktop widths.

Run with `make screenshots`; the PNG files land in screenshots/ (not committed).
This is a tool for looking at the site as a person would, not a test.
"""

from __future__ import annotations

import functools
import http.server
import os
import tempfile
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.browser.conftest import CHROMIUM_ARGS
from tests.browser.mermaid_probe import draw_visible_diagrams
from tests.conftest import PROJECT_DIR, build_site, nav_pages, page_url

WIDTHS = {"phone": (375, 812), "desktop": (1280, 900)}
PALETTES = ("light", "dark")


def main() -> None:
    out = PROJECT_DIR / "screenshots"
    out.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.SimpleHTTPRequestHandler)
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        result = build_site(PROJECT_DIR, Path(tmp), {"SITE_URL": base})
        if result.returncode != 0:
            raise SystemExit(result.stderr)
        server.RequestHandlerClass = functools.partial(_Quiet, directory=tmp)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=os.environ.get("CHROME_PATH") or None, args=CHROMIUM_ARGS)
            for width_name, (width, height) in WIDTHS.items():
                for palette in PALETTES:
                    context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=palette)
                    page = context.new_page()
                    for src in nav_pages():
                        page.goto(base + page_url(src))
                        draw_visible_diagrams(page)
                        name = (src.removesuffix(".md").replace("/", "-") or "home") + f"-{width_name}-{palette}.png"
                        page.screenshot(path=out / name, full_page=True)
                        print(out / name)
                    context.close()
            browser.close()
        server.shutdown()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


if __name__ == "__main__":
    main()
