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

exec npm start --silent
