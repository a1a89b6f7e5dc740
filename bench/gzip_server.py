"""A static file server that gzips text responses, as GitHub Pages does, so that
page weight and Lighthouse see the bytes a reader would download.

    .venv/bin/python bench/gzip_server.py DIR [PORT]

From another script:

    with GzipServer(site_dir) as server:
        ...  # server.url is http://127.0.0.1:<port>/

It listens on 127.0.0.1 only, and in daemon threads, so it stops with the script.
"""

from __future__ import annotations

import gzip
import os
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from io import BytesIO
from pathlib import Path
from typing import ClassVar

COMPRESSED_SUFFIXES = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map"}


class GzipHandler(SimpleHTTPRequestHandler):
    # Keep-alive, like a real host; every response below has a Content-Length.
    protocol_version = "HTTP/1.1"
    # Shared by all handler instances: (path, mtime) -> gzipped bytes.
    cache: ClassVar[dict[tuple[str, float], bytes]] = {}
    cache_lock: ClassVar[threading.Lock] = threading.Lock()

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path) and self.path.split("?")[0].endswith("/"):
            path = os.path.join(path, "index.html")
        wants_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (wants_gzip and os.path.isfile(path) and Path(path).suffix in COMPRESSED_SUFFIXES):
            # Directory redirects, 404s and binary files: the stdlib's own handling.
            return super().send_head()
        body = self.gzipped(path)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return BytesIO(body)

    def end_headers(self):
        # As GitHub Pages sends on every response: its cache lifetime, which Lighthouse's cache audit judges.
        self.send_header("Cache-Control", "max-age=600")
        self.send_header("Vary", "Accept-Encoding")
        super().end_headers()

    @classmethod
    def gzipped(cls, path: str) -> bytes:
        key = (path, os.path.getmtime(path))
        with cls.cache_lock:
            if key not in cls.cache:
                # Level 6 is zlib's default, what most web servers use; mtime=0 keeps sizes reproducible.
                cls.cache[key] = gzip.compress(Path(path).read_bytes(), compresslevel=6, mtime=0)
            return cls.cache[key]

    def log_message(self, format, *args):
        pass  # One line per request would drown the benchmark's own output.


class GzipServer(ThreadingHTTPServer):
    """Serves `directory` on 127.0.0.1:`port` (0 = a free port) in a background thread."""

    daemon_threads = True

    def __init__(self, directory: Path | str, port: int = 0):
        super().__init__(("127.0.0.1", port), partial(GzipHandler, directory=str(directory)))
        self.url = f"http://127.0.0.1:{self.server_address[1]}/"

    def __enter__(self) -> GzipServer:
        self.precompress()
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def precompress(self) -> None:
        """Gzip every text file before the first request, as a host has its
        responses ready: compressing the 3.6 MB Mermaid bundle or the search
        index while a measured page loads would steal the browser's CPU."""
        directory = self.RequestHandlerClass.keywords["directory"]
        for path in Path(directory).rglob("*"):
            if path.suffix in COMPRESSED_SUFFIXES and path.is_file():
                GzipHandler.gzipped(str(path))

    def __exit__(self, *exc_info) -> None:
        self.shutdown()
        self.server_close()


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        raise SystemExit(__doc__)
    with GzipServer(sys.argv[1], int(sys.argv[2]) if len(sys.argv) == 3 else 0) as server:
        print(f"Serving {sys.argv[1]} gzipped at {server.url} (Ctrl-C stops)")
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass
