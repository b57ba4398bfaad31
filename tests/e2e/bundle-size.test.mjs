// The first-load transfer, gzip-compressed as a web server would send it, within budget.
// Sizes of a release build are deterministic, so this is a test, not a benchmark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The ceilings in bytes (kB = 1,000 bytes): the first load as last decided plus a
 * margin of about 3 kB, so a ceiling moves when a decision about size is made (a
 * feature added, a cut landed), said in its commit, and not with every commit. The
 * history of every change to the first load, with its gzip and brotli figures, is in
 * docs/benchmarks.md ("First-load size"). Measured 346.6 kB gzip, 282.0 kB brotli
 * with the working of a figure worked out in the file worker: over the round's
 * 235 kB and 195 kB targets (issue 30, not met; docs/benchmarks.md says why).
 */
const BUDGET_BYTES = 349_500;

/** Brotli's ceiling, as servers that send the build's `.br` files deliver it. */
const BROTLI_BUDGET_BYTES = 285_000;

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
 * fetched only when what it does is first reached for, so that moving code out of the
 * first load cannot hide growth there: measured 194.1 kB (the files, the comparison,
 * the appraisal, the deflators and the working of a figure), with the same margin. */
const WORKER_BUDGET_BYTES = 197_000;

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
