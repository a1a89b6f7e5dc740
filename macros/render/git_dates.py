"""When each file last changed, from one `git log` over the whole history.

One subprocess per build, not one per page. A copy without .git, or a shallow
clone (whose oldest commit would claim every file), gives no dates, and pages
then simply show none.
"""

from __future__ import annotations

import subprocess
from pathlib import Path


def last_changed(project_dir: Path) -> dict[str, int]:
    """Repository path -> Unix time of the newest commit that touched it."""

    def git(*args: str) -> str | None:
        try:
            done = subprocess.run(["git", "-C", str(project_dir), *args], capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            return None
        return done.stdout if done.returncode == 0 else None

    shallow = git("rev-parse", "--is-shallow-repository")
    if shallow is None or shallow.strip() != "false":
        return {}
    log = git("log", "--format=@%ct", "--name-only", "--no-renames", "--", "docs", "data")
    times: dict[str, int] = {}
    current = 0
    for line in (log or "").splitlines():
        if line.startswith("@"):
            current = int(line[1:])
        elif line and line not in times:
            times[line] = current  # newest first, so the first sighting wins
    return times
