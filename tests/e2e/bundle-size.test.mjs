// The first-load transfer, gzip-compressed as a web server would send it, within budget.
// Sizes of a release build are deterministic, so this is a test, not a benchmark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The ceiling in bytes (kB = 1,000 bytes). The target of issue 7 is 150 kB. The build
 * was 171 kB before issue 5's options, spending plan, match rule, activity, uplift and
 * charts, which added 47 kB, and split by percentage (0.7 kB); 219.5 kB then. Issue
 * 12's speed at the documented limits (figures built once and shared, disclosures
 * drawn only when open, rows redrawn only when they change, the link written after
 * typing pauses) added 3.4 kB net of its cuts (docs/benchmarks.md). Issue 13's figures
 * a finance officer can sign (one share rule with its note, a share-of-grant match rule
 * and its exact verdict, typed text held with its error and kept over a reload,
 * grouping by spaces) added 4.7 kB. Issue 14's scenario file on serde and serde_json
 * (strict, linear-time reading in place of the hand-written parser that could freeze
 * the tab) added 22.8 kB, and its honest saving, links repaired as mail delivers them
 * and the set-aside list's open and remove 6.5 kB. Issue 15's tables of each partner's
 * and each cost line's financial years added 3.2 kB; its entry at scale (a blank start,
 * paste with a preview, the grid of lines and years, uplift, fill and split for several
 * partners, paper tables cut to fit A4, every option in print) 29.9 kB. Issue 16's working
 * of every figure, the method and the financial-implications text 24.1 kB, less 1.3 kB cut
 * from the grid and the partner tools, then 0.8 kB to draw what only paper shows only
 * while printing (issue 12's speed at the limits), to 313.3 kB. Issue 17's link format 4
 * added 2.7 kB; its cuts took 16.8 kB off: twenty hook-free components drawn as plain
 * functions (11.2 kB), the JavaScript glue minified (2.0 kB), the accessibility
 * statement as a page beside the app (3.1 kB), text fields as a plain function
 * (0.5 kB), talc in place of dlmalloc as the allocator (3.5 kB), then ten more
 * parts as plain functions and the three partner tools as one component, their state
 * the app's (11.0 kB), then the scenario file's JSON code (serde_json) moved to a
 * worker fetched on the first file opened or saved (31.4 kB), then the standard library
 * compiled with the app, its panics a bare trap (19.4 kB; tools/wasm-std.sh), then the
 * names joining the WebAssembly to its glue made short (6.4 kB; tools/short-names.mjs).
 * Rows of the tables by financial year drawn as components, skipped when their figures
 * do not change, added 1.5 kB for issue 12's speed at the limits (a keystroke 60 → 36
 * ms median). 228.8 kB measured; the
 * ceiling is about that plus 0.5 kB. It is lowered as cuts land and raised only for a feature, said in the
 * commit.
 */
const BUDGET_BYTES = 229_400;

/** Brotli's ceiling, as servers that send the build's `.br` files deliver it: the
 * measured 189.5 kB plus about 0.5 kB. */
const BROTLI_BUDGET_BYTES = 190_000;

/**
 * The first load's files: index.html and what it asks for, not the compressed copies,
 * nor the accessibility statement's page and its stylesheet, read only when opened.
 */
async function firstLoad() {
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  const page = await readFile(join(dist, 'index.html'), 'utf8');
  const named = new Set([...page.matchAll(/(?:href|src|module_or_path: )=?['"]?\.?\/?([\w.-]+\.(?:css|js|wasm|svg))/g)].map((m) => m[1]));
  const names = (await readdir(dist))
    .filter((name) => name === 'index.html' || named.has(name))
    .sort();
  assert.ok(names.length >= 5, `index.html names ${[...named].join(', ')}`);
  return Promise.all(names.map(async (name) => ({ name, path: join(dist, name), body: await readFile(join(dist, name)) })));
}

test(`the first load is at most ${BUDGET_BYTES / 1000} kB gzipped and ${BROTLI_BUDGET_BYTES / 1000} kB with brotli`, async () => {
  const files = await firstLoad();
  assert.ok(files.some(({ name }) => name.endsWith('.wasm')), 'dist/ holds a release build');
  let total = 0;
  let brotli = 0;
  const rows = [];
  for (const { name, body } of files) {
    const gzipped = gzipSync(body, { level: 6 }).length;
    const brotlied = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    total += gzipped;
    brotli += brotlied;
    rows.push(`${name.padEnd(48)} ${String(body.length).padStart(8)} B  ${String(gzipped).padStart(7)} B gzipped  ${String(brotlied).padStart(7)} B brotli`);
  }
  console.log(`${rows.join('\n')}\ntotal first load: ${total} bytes gzipped (budget ${BUDGET_BYTES}), ${brotli} bytes brotli (budget ${BROTLI_BUDGET_BYTES})`);
  assert.ok(total <= BUDGET_BYTES, `first load is ${total} bytes gzipped, over the ${BUDGET_BYTES}-byte budget`);
  assert.ok(brotli <= BROTLI_BUDGET_BYTES, `first load is ${brotli} bytes with brotli, over the ${BROTLI_BUDGET_BYTES}-byte budget`);
});

test('the release build carries a brotli and a gzip copy of each file, each the same bytes', async () => {
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  const names = (await readdir(dist)).filter((name) => !name.endsWith('.br') && !name.endsWith('.gz'));
  assert.ok(names.includes('accessibility.html') && names.includes('app.css'), names.join(', '));
  for (const name of names) {
    const path = join(dist, name);
    const body = await readFile(path);
    const br = brotliDecompressSync(await readFile(`${path}.br`));
    const gz = gunzipSync(await readFile(`${path}.gz`));
    assert.ok(br.equals(body), `${name}.br holds ${name}`);
    assert.ok(gz.equals(body), `${name}.gz holds ${name}`);
  }
});

/** The file worker's ceiling (its three files, gzipped as a server would send them),
 * fetched only the first time a file is opened or saved: measured 58.2 kB plus about
 * 0.5 kB, so that moving code out of the first load cannot hide growth there. */
const WORKER_BUDGET_BYTES = 58_800;

test(`the file worker is at most ${WORKER_BUDGET_BYTES / 1000} kB gzipped, and index.html does not name it`, async () => {
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  const page = await readFile(join(dist, 'index.html'), 'utf8');
  assert.ok(!page.includes('file-worker'), 'the worker is not part of the first load');
  const names = (await readdir(dist)).filter((name) => name.startsWith('file-worker') && !name.endsWith('.br') && !name.endsWith('.gz'));
  assert.deepEqual(names.sort(), ['file-worker-loader.js', 'file-worker.js', 'file-worker_bg.wasm']);
  let total = 0;
  for (const name of names) total += gzipSync(await readFile(join(dist, name)), { level: 6 }).length;
  console.log(`file worker: ${total} bytes gzipped (budget ${WORKER_BUDGET_BYTES})`);
  assert.ok(total <= WORKER_BUDGET_BYTES, `the file worker is ${total} bytes gzipped, over the ${WORKER_BUDGET_BYTES}-byte budget`);
});

test('each module and its glue are joined by short names (tools/short-names.mjs), each named in the glue', async () => {
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  const modules = (await readdir(dist)).filter((name) => name.endsWith('_bg.wasm'));
  assert.equal(modules.length, 2, modules.join(', '));
  for (const name of modules) {
    const glue = await readFile(join(dist, name.replace(/_bg\.wasm$/, '.js')), 'utf8');
    const module = new WebAssembly.Module(await readFile(join(dist, name)));
    const imports = WebAssembly.Module.imports(module).map((entry) => entry.name);
    const exported = WebAssembly.Module.exports(module).map((entry) => entry.name);
    assert.ok(imports.length > 10, `${name} imports ${imports.length} functions`);
    for (const short of imports) {
      assert.match(short, /^_[0-9a-z]{1,3}$/, `${name} imports ${short}`);
      assert.match(glue, new RegExp(`(?<![\\w$])${short}:`), `${name}'s glue provides ${short}`);
    }
    // What the glue calls is short; an export it never calls keeps its name.
    const called = exported.filter((e) => new RegExp(`(?<![\\w$])${e}(?![\\w$])`).test(glue));
    assert.ok(called.length > 5, `${name}'s glue calls ${called.join(', ')}`);
    for (const long of called.filter((e) => e.length > 4)) assert.fail(`${name}'s glue calls ${long}`);
  }
});
