"""Build the offline edition and zip it: python tools/package_offline.py ZIP [SITE_DIR]

The zip unpacks to one folder; open its index.html in a browser."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
FOLDER = "lpic1-102.6-offline"
# Only a web server shows the 404 page, and MkDocs gives it absolute links
# (/study/...) that name nothing on disk, so the download leaves it out.
SERVER_ONLY = {"404.html"}


def build_offline(site_dir: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "-f", "mkdocs-offline.yml", "--site-dir", str(site_dir)],
        cwd=PROJECT_DIR, check=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


def zip_site(site_dir: Path, zip_path: Path) -> None:
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(site_dir.rglob("*")):
            if path.is_file() and path.relative_to(site_dir).as_posix() not in SERVER_ONLY:
                archive.write(path, Path(FOLDER) / path.relative_to(site_dir))


if __name__ == "__main__":
    target = Path(sys.argv[1])
    site = Path(sys.argv[2]) if len(sys.argv) > 2 else PROJECT_DIR / "site-offline"
    build_offline(site)
    zip_site(site, target)
    print(f"wrote {target}")
