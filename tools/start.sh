#!/usr/bin/env bash
# Install dependencies and run Jixiao at http://localhost:${PORT:-3000} (demo data included).
# Uses an embedded PostgreSQL in .data/pg unless DATABASE_URL points at a server.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# shellcheck source=tools/node22.sh
. tools/node22.sh

echo "[setup] npm install …"
# `npm ci` does not work against this registry mirror (see DEVELOPMENT.md); `npm install` keeps the lockfile.
npm install --no-audit --no-fund

# Reports (issue 10): PDF export converts .docx with LibreOffice, with free CJK faces standing in for the fonts
# a report names (libs/api/reports/src/codecs/pdf/fonts-conf.ts). Without them Word export still works and
# PDF export answers 503 with a message saying the converter is missing.
have_package() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
missing=()
[ -x /usr/bin/soffice ] || missing+=(libreoffice-writer-nogui)
have_package fonts-noto-cjk || missing+=(fonts-noto-cjk)
have_package fonts-arphic-ukai || missing+=(fonts-arphic-ukai)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "[setup] apt-get install ${missing[*]} …"
    export DEBIAN_FRONTEND=noninteractive
    apt_install() { apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null; }
    apt_install || { apt-get update -q </dev/null && apt_install; } ||
      echo "[setup] WARNING: could not install ${missing[*]}: PDF export will be unavailable." >&2
  else
    echo "[setup] WARNING: missing ${missing[*]} and not root: PDF export will be unavailable." >&2
    echo "[setup]          Install them with: sudo apt-get install -y ${missing[*]}" >&2
  fi
fi

exec npm start --silent
