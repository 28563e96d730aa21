#!/usr/bin/env bash
# Install dependencies and the browser test prerequisites, then run every check and test suite.
# The last line printed is `N passed, M failed`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# shellcheck source=tools/node22.sh
. tools/node22.sh

echo "[setup] npm install …"
# `npm ci` does not work against this registry mirror (see DEVELOPMENT.md); `npm install` keeps the lockfile.
npm install --no-audit --no-fund

# The browser journey tests drive Debian's Chromium; Chinese pages need a CJK font. Reports (issue 10):
# LibreOffice converts .docx to PDF, poppler renders its pages in the tests, and free CJK faces stand in
# for the fonts a report names (libs/api/reports/src/codecs/pdf/fonts-conf.ts).
have_package() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/soffice ] || missing+=(libreoffice-writer-nogui)
[ -x /usr/bin/pdftoppm ] || missing+=(poppler-utils)
have_package fonts-noto-cjk || missing+=(fonts-noto-cjk)
have_package fonts-arphic-ukai || missing+=(fonts-arphic-ukai)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "[setup] apt-get install ${missing[*]} …"
    export DEBIAN_FRONTEND=noninteractive
    apt_install() { apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null; }
    if ! apt_install; then
      echo "[setup] apt-get install failed; running apt-get update and retrying …"
      apt-get update -q </dev/null
      apt_install
    fi
  else
    echo "[setup] WARNING: missing ${missing[*]} and not root: the browser suite will fail." >&2
    echo "[setup]          Install them with: sudo apt-get install -y ${missing[*]}" >&2
  fi
fi

# --silent: npm adds nothing after the runner's final `N passed, M failed` line.
exec npm test --silent
