#!/usr/bin/env bash
# Installs what building and testing Hedgeline needs, skipping what is there.
# Idempotent: run it as often as you like; `npm start` and `npm test` do.
#
#   - the wasm32-unknown-unknown Rust target
#   - wasm-bindgen-cli at exactly the version in Cargo.lock (wasm-pack uses
#     the one on PATH only when the versions match)
#   - wasm-pack
#   - npm dependencies (binaryen's wasm-opt, Playwright's driver, peers for
#     the evaluation and benchmarks)
#   - Debian's chromium and chromium-driver, for the browser tests
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*" >&2; }

WASM_PACK_VERSION=0.15.1

# cargo install --locked can fail when a crate the lockfile names is not in
# the registry mirror; fall back to a fresh resolution then.
cargo_install() {
  cargo install --quiet --locked "$@" || cargo install --quiet "$@"
}

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ ! -f Cargo.lock ]; then
  cargo generate-lockfile
fi
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version"
  cargo_install wasm-bindgen-cli --version "=$bindgen_version"
fi

if ! command -v wasm-pack >/dev/null 2>&1; then
  say "installing wasm-pack $WASM_PACK_VERSION"
  cargo_install wasm-pack --version "=$WASM_PACK_VERSION"
fi

# npm ci when node_modules was not installed from this very lockfile
# (compared by content: a fresh checkout makes every file look new).
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.hedgeline-lock 2>/dev/null)" != "$lock_sum" ]; then
  say "installing npm dependencies"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_sum" > node_modules/.hedgeline-lock
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing Debian's chromium and chromium-driver"
  sudo_cmd=""
  if [ "$(id -u)" != 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium chromium-driver >/dev/null
fi
