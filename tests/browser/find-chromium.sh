#!/bin/sh
# Print the path of a Chromium for the browser tests, installing one if needed:
# $CHROME_PATH, then /usr/bin/chromium, then Debian's package when running as
# root on Debian, else nothing (the tests then use Playwright's managed browser,
# which this script asks Playwright to install).
set -eu
if [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ]; then
  echo "$CHROME_PATH"; exit 0
fi
if [ -x /usr/bin/chromium ]; then
  echo /usr/bin/chromium; exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests..." >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
  echo /usr/bin/chromium; exit 0
fi
echo "No Chromium found; installing Playwright's managed browser..." >&2
.venv/bin/playwright install chromium >&2
