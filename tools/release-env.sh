# Sourced by tools/build, tools/serve and tools/bench: how the release WebAssembly is
# compiled, and by tools/setup: which compiler that takes.
#
# The standard library is compiled with the app (cargo's build-std, from the nightly's
# rust-src component), so that, like the app, it is optimised for size and its panics
# compile to a bare trap (-Cpanic=immediate-abort) instead of carrying the code that
# formats panic messages nobody sees: in a wasm app a panic is fatal either way, and
# the standing rule is that nothing panics. This takes about 19 kB gzipped off the first
# load (docs/benchmarks.md, "First-load size").
#
# Every function is also made available for inlining into other crates
# (-Zcross-crate-inline-threshold=always), as it is within one: with the model a crate
# of its own, the optimiser otherwise sees less of the whole program, and the first load
# is 7.0 kB gzipped larger (docs/benchmarks.md, "First-load size").
#
# These are unstable features, so this build, and only this one, uses a nightly pinned
# by date: the same compiler on every machine, until this line is changed on purpose.
# The native tests and the debug app (tools/serve --dev) use the stable compiler that
# rust-toolchain.toml pins; so the two never share a target folder.
RELEASE_TOOLCHAIN="nightly-2026-05-20"
export RUSTUP_TOOLCHAIN="$RELEASE_TOOLCHAIN"
export CARGO_UNSTABLE_BUILD_STD="std,panic_abort"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zcross-crate-inline-threshold=always"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target/wasm}"
