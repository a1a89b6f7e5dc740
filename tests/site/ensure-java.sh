#!/bin/sh
# The Nu HTML Checker runs on Java. Install Debian's headless JRE when it is
# missing and we may (root on Debian); otherwise say what is needed.
set -eu
command -v java >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's default-jre-headless for the HTML checker..." >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >&2
  exit 0
fi
echo "Java is needed for the HTML checker: install a JRE (Debian: default-jre-headless)." >&2
exit 1
