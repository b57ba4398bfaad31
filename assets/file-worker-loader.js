// Starts the file worker (src/bin/file_worker.rs): its glue and WebAssembly are asked
// for with this script's own query (the build's SOURCE_ID), so each build's worker has
// addresses of its own and never comes from an older build's cache. The WebAssembly is
// asked for first, so that it downloads while the glue loads. If either cannot be
// loaded, the worker says so at once (`failed`, src/file_worker.rs), so the page does
// not wait to find out.
const wasm = fetch(`./file-worker_bg.wasm${self.location.search}`);
// Its failure is told below; unheeded, it would also be reported as unhandled.
wasm.catch(() => {});
try {
  importScripts(`./file-worker.js${self.location.search}`);
  wasm_bindgen({ module_or_path: wasm })
    .catch(() => postMessage(['failed', '']));
} catch {
  postMessage(['failed', '']);
}
