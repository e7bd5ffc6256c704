#!/usr/bin/env bash
# Builds the npm package into pkg/: the optimized .wasm, its JS glue and
# types (wasm-pack), then the package's own files (scripts/package.mjs),
# then the widget bundle into www/dist/ (scripts/build-widget.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

# wasm-pack runs the first wasm-opt on PATH: binaryen's from npm, not
# Debian's wasm-opt 108, whose output fails to load.
export PATH="$PWD/node_modules/.bin:$PATH"
# For the wasm build only: no loop unrolling, and LLVM's inlining threshold
# at 135 instead of opt-level 3's 250. Measured on the benchmark corpus:
# 8 KB gzipped less, about 1% slower (DESIGN.md, "Why tune LLVM's inlining
# and unrolling for the wasm build?").
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-C llvm-args=-unroll-threshold=0 -C llvm-args=-inline-threshold=135"
# --mode no-install: use the wasm-bindgen CLI that setup installed, never download.
log=$(mktemp)
if ! wasm-pack --log-level warn build src/wasm --release --target web --mode no-install \
  --out-dir ../../pkg --out-name hedgeline --no-pack >"$log" 2>&1; then
  cat "$log" >&2
  rm -f "$log"
  exit 1
fi
rm -f "$log"
node scripts/package.mjs
node scripts/build-widget.mjs
