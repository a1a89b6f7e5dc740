"""python -m macros.postbuild SITE_DIR [-f mkdocs.yml]

The post-build steps (macros/postbuild/run.py) for a site that a builder
without post-build events wrote, such as Zensical. The settings come from the
same mkdocs.yml, read by MkDocs' own loader, so `!ENV` and `INHERIT` mean what
they mean to `mkdocs build`.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from ..data.errors import DataError
from ..site_data import SiteData
from .run import BuiltSite, post_build


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m macros.postbuild", description=__doc__.splitlines()[0])
    parser.add_argument("site_dir", type=Path, help="the built site, e.g. site")
    parser.add_argument("-f", "--config-file", default="mkdocs.yml", type=Path)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    from mkdocs.config import load_config

    config = load_config(str(args.config_file))
    project_dir = args.config_file.resolve().parent
    docs_dir = Path(config["docs_dir"])
    site = BuiltSite(project_dir, docs_dir, args.site_dir, config["site_url"] or "", config["use_directory_urls"], config["nav"])
    try:
        if not args.site_dir.is_dir():
            raise SystemExit(f"{args.site_dir}: no such directory; build the site first")
        data = SiteData.load(project_dir, docs_dir)
        exports = post_build(site, data)
    except DataError as error:
        print(error, file=sys.stderr)
        return 1
    print(f"post-build done: print edition, section links checked, {len(exports.files)} flashcard files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
