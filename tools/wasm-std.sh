# Sourced by tools/build and tools/serve: how the release app is compiled.
#
# The standard library is compiled with the app (cargo's build-std, from the rust-src
# component tools/setup installs), so that, like the app, it is optimised for size and
# its panics compile to a bare trap (-Cpanic=immediate-abort) instead of carrying the
# code that formats panic messages nobody sees: in a wasm app a panic is fatal either
# way, and the standing rule is that nothing panics. This takes 19 kB gzipped off the
# first load (docs/benchmarks.md, "First-load size").
#
# Both are unstable cargo and rustc features. RUSTC_BOOTSTRAP=1 admits them on the
# pinned stable rustc (1.95, docs/toolchain.md) rather than a nightly whose date would
# drift; it applies only to the release build's own target directory, never to the
# native tests. A rustc upgrade must re-check these flags (tools/setup checks rust-src).
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD="std,panic_abort"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target/wasm}"
