#!/usr/bin/env bash
# `npm test`: builds everything and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh

step() { printf '\n== %s\n' "$*" >&2; }

step "cargo fmt --check"
cargo fmt --all -- --check
step "cargo clippy -D warnings"
cargo clippy --quiet --workspace --all-targets -- -D warnings
step "cargo doc -D warnings (the doc comments' links)"
RUSTDOCFLAGS="-D warnings" cargo doc --quiet --no-deps --workspace
step "cargo test"
cargo test --quiet --workspace
step "node --test tests/node (the optimized wasm, the packed tarball, the types, the server, the invariants)"
node --test --test-reporter=spec tests/node/
step "node --test tests/browser (the wasm, the widget and the demos in headless Chromium)"
node --test --test-concurrency=1 --test-reporter=spec tests/browser/
printf '\nScreenshots: tests/artifacts/\n' >&2
