// Deployed on an intranet sub-path under a strict CSP: a whole visit asks for nothing
// but the app's own files; embedding, printing and exporting work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  useServerAndBrowser, serveDist, watchPage, expectText, headlineFigure, screenshotDir, BASE_PATH,
  readText,
} from './harness.mjs';

const env = useServerAndBrowser();

async function freshPage(options = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', acceptDownloads: true, ...options });
  const page = await context.newPage();
  const watcher = await watchPage(page, env.server.origin);
  return { context, page, watcher };
}

/** A CSV file's rows, for the simple quoting the calculator writes. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; } else if (ch === '\r') { /* CRLF */ } else if (ch === '\n') { row.push(field); rows.push(row); row = []; field = ''; } else field += ch;
  }
  return rows;
}

const pence = (text) => Math.round(Number(text) * 100);

test('a whole visit from a sub-path asks only for the app’s own files, and after start-up only the file worker’s, once, to save a file', async () => {
  const { context, page, watcher } = await freshPage();
  await page.goto(env.server.url);
  await expectText(headlineFigure(page, 'Pooled budget'), '£262,000.00 a year');
  await page.waitForLoadState('networkidle');
  // Start-up ends once the browser has also fetched the page's icon, which it does late.
  const iconFetched = () => env.server.requests.some((r) => r.path.endsWith('favicon.svg'));
  for (let waited = 0; !iconFetched() && waited < 3000; waited += 100) await page.waitForTimeout(100);
  await page.waitForTimeout(300);
  const startUp = env.server.requests.map((r) => r.path);
  const allowed = /^\/intranet\/tools\/funding\/(|index\.html|favicon\.svg|app-[0-9a-f]+\.css|funding-calculator-[0-9a-f]+(_bg\.wasm|\.js))$/;
  for (const path of startUp) assert.match(path, allowed, `unexpected request ${path}`);
  assert.ok(startUp.some((p) => p.endsWith('.wasm')), 'the wasm came from the sub-path');
  const before = env.server.requests.length;

  // Edit, print, export, copy: all in the env.browser.
  const sheffield = page.getByRole('group', { name: 'Sheffield City Council' }).getByLabel('Annual contribution, in pounds');
  await sheffield.fill('70,000');
  await sheffield.press('Tab');
  await expectText(headlineFigure(page, 'Pooled budget'), '£272,000.00 a year');
  await page.pdf({ path: join(screenshotDir, 'visit.pdf'), format: 'A4' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download as CSV\W+contributions by partner and contract year/ }).click(),
  ]);
  await download.saveAs(join(screenshotDir, 'visit.csv'));
  assert.deepEqual(env.server.requests.slice(before).map((r) => r.path), [], 'requests after start-up, before saving');
  // Saving starts the file worker, which holds the JSON code the first load leaves out:
  // its own three files, fetched from the sub-path by name and this build's identity
  // (so no older build's worker is ever used), nothing else sent with them.
  const [saved] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as a file' }).click(),
  ]);
  assert.equal(saved.suggestedFilename(), 'south-yorkshire-domestic-abuse-perpetrator-programme.json');
  await page.getByRole('button', { name: 'Save as a file' }).click();
  await page.waitForTimeout(500);
  const worker = env.server.requests.slice(before);
  assert.deepEqual(worker.map((r) => r.path).sort(), ['file-worker-loader.js', 'file-worker.js', 'file-worker_bg.wasm'].map((name) => `${BASE_PATH}${name}`), 'requests after start-up');
  const sources = new Set();
  for (const request of worker) {
    assert.equal(request.method, 'GET');
    const [path, query] = request.url.split('?');
    assert.equal(path, request.path);
    assert.match(query, /^source=[0-9a-f]{16}$/, 'nothing but the build’s identity with the file’s name');
    sources.add(query);
  }
  assert.equal(sources.size, 1, 'the three files of one build');
  watcher.assertClean();
  await context.close();
});

test('prints to a clean A4 summary with the title, the figures and the link', async () => {
  const { context, page, watcher } = await freshPage();
  await page.goto(env.server.url);
  await expectText(headlineFigure(page, 'Pooled budget'), '£262,000.00 a year');
  const pdf = join(screenshotDir, 'south-yorkshire-print.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/\s+/g, ' ');
  for (const expected of [
    'South Yorkshire domestic abuse perpetrator programme',
    'February 2021', '£262,000.00', '£524,000.00', '£1,048,000.00', '19.85%', '22.90%',
    'Total pooled budget', 'Doncaster Council', 'Link to this', '#v4.', 'Printed',
    // The appendix, drawn for paper although closed on screen.
    'How the figures are worked out', 'Each share is the partner',
    'Financial implications, ready to paste', 'The service is funded from a pooled budget of £262,000.00 a year',
  ]) {
    assert.ok(text.includes(expected), `the printed page lacks ${JSON.stringify(expected)}`);
  }
  for (const control of ['Add a partner', 'Copy link', 'Load example', 'Download as CSV', 'Remove', 'Scenario title']) {
    assert.ok(!text.includes(control), `the printed page shows the control ${JSON.stringify(control)}`);
  }
  const link = await page.evaluate(() => window.location.href);
  const fragment = new URL(link).hash.slice(1);
  assert.ok(text.replace(/\s+/g, '').includes(fragment.slice(0, 40)), 'the link is printed');
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(screenshotDir, 'print-page')]);
  watcher.assertClean();
  await context.close();
});

test('the example host page embeds the calculator, and the iframe grows as partners are added', async () => {
  const hostFolder = fileURLToPath(new URL('../../target/host/', import.meta.url));
  await mkdir(hostFolder, { recursive: true });
  const template = await readFile(new URL('./host/embed-example.html', import.meta.url), 'utf8');
  await writeFile(join(hostFolder, 'index.html'), template.replace('{{CALCULATOR_URL}}', env.server.url));
  const host = await serveDist({ folder: hostFolder, base: '/host/' });
  try {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    // The host page and the calculator in its iframe: two origins, nothing else.
    const watcher = await watchPage(page, [host.origin, env.server.origin]);
    const hostWatcher = { problems: [] };
    page.on('pageerror', (error) => hostWatcher.problems.push(error.message));
    const frameWatcher = [];
    page.on('console', (message) => { if (message.type() === 'error') frameWatcher.push(message.text()); });
    await page.goto(host.url);
    const frame = page.frameLocator('#funding-calculator');
    await expectText(frame.locator('.headline-figure').first(), '£262,000.00 a year');
    assert.equal(await frame.locator('.app-header').count(), 0, 'no page chrome in embed mode');
    assert.equal(await frame.locator('.share-panel').count(), 0);
    const iframe = page.locator('#funding-calculator');
    const heightOf = async () => (await iframe.boundingBox()).height;
    await page.waitForFunction(() => document.getElementById('funding-calculator').style.height !== '600px');
    const first = await heightOf();
    await frame.getByRole('button', { name: 'Add a partner' }).click();
    await frame.getByRole('button', { name: 'Add a partner' }).click();
    await page.waitForFunction((h) => document.getElementById('funding-calculator').getBoundingClientRect().height > h + 200, first);
    const grown = await heightOf();
    assert.ok(grown > first + 200, `iframe grew from ${first} to ${grown}`);
    const open = frame.getByRole('link', { name: /Open in the full calculator/ });
    const href = await open.getAttribute('href');
    assert.match(href, new RegExp(`^${env.server.url}#v\\d+\\.[A-Za-z0-9_-]+$`), href);
    const full = await context.newPage();
    await full.goto(href);
    await expectText(full.locator('h1'), 'South Yorkshire domestic abuse perpetrator programme');
    assert.equal(await full.getByRole('group', { name: /Partner 7/ }).count(), 1, 'the full calculator has the embedded scenario');
    await page.screenshot({ path: join(screenshotDir, 'embed-host.png'), fullPage: false });
    assert.deepEqual(hostWatcher.problems, []);
    assert.deepEqual(frameWatcher, [], 'no errors or CSP violations in the host page or the frame');
    watcher.assertClean();
    await context.close();
  } finally {
    await host.close();
  }
});

test('CSV export neutralises formula text and its figures add up to the totals on screen', async () => {
  const { context, page, watcher } = await freshPage();
  await page.goto(env.server.url);
  const doncaster = page.getByRole('group', { name: 'Doncaster Council' });
  await doncaster.getByLabel('Name').fill('=HYPERLINK("http://x","y")');
  const sheffield = page.getByRole('group', { name: 'Sheffield City Council' }).getByLabel('Annual contribution, in pounds');
  await sheffield.fill('60,000.33');
  await sheffield.press('Tab');
  await expectText(headlineFigure(page, 'Total with 2 extensions taken up'), '£1,048,001.32');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download as CSV\W+contributions by partner and contract year/ }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'south-yorkshire-domestic-abuse-perpetrator-programme-contributions.csv');
  const path = join(screenshotDir, 'contributions.csv');
  await download.saveAs(path);
  const bytes = await readFile(path);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte-order mark');
  const rows = parseCsv(bytes.toString('utf8').slice(1));
  assert.equal(rows[1][0], '\'=HYPERLINK("http://x","y")', 'the formula is neutralised');
  const totalAt = rows.findIndex((row) => row[0] === 'Total pooled budget');
  const body = rows.slice(1, totalAt);
  const totalRow = rows[totalAt];
  const totalColumn = rows[0].indexOf('Total');
  const partnersSum = body.reduce((sum, row) => sum + pence(row[totalColumn]), 0);
  assert.equal(partnersSum, pence(totalRow[totalColumn]), 'partners add up to the pool');
  for (let column = 1; column < totalColumn; column += 1) {
    assert.equal(body.reduce((sum, row) => sum + pence(row[column]), 0), pence(totalRow[column]), `year column ${column} adds up`);
  }
  const onScreen = (await readText(headlineFigure(page, 'Total with 2 extensions taken up'))).replace(/[£,]/g, '');
  assert.equal(pence(totalRow[totalColumn]), pence(onScreen), 'the CSV total is the total on screen');
  // Each share is the one on screen; rounded separately (three partners give the same
  // £50,000 and show the same 19.08%), they come to 99.99, and the CSV says so.
  for (const row of body) {
    const onScreenShare = await readText(page.locator('.table--figures tbody tr').filter({ has: page.locator('th', { hasText: row[0].replace(/^'/, '') }) }).first().locator('td').last());
    assert.equal(`${row[totalColumn + 1]}%`, onScreenShare.trim(), `${row[0]}'s share is the one on screen`);
  }
  assert.equal(totalRow[totalColumn + 1], '100.00');
  assert.match(rows[totalAt + 1][0], /Shares are rounded separately and may not add up to exactly 100%/);
  watcher.assertClean();
  await context.close();
});

test('Copy table puts tab-separated rows on the clipboard for Excel', async () => {
  const { context, page, watcher } = await freshPage({ permissions: ['clipboard-read', 'clipboard-write'] });
  await page.goto(env.server.url);
  await expectText(headlineFigure(page, 'Pooled budget'), '£262,000.00 a year');
  const copy = page.getByRole('button', { name: /^Copy table\W+contributions by partner and contract year/ });
  await copy.click();
  await expectText(page.locator('.table-actions').filter({ has: copy }).locator('.table-actions__status'), 'Table copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const lines = copied.split('\n');
  assert.equal(lines[1], 'Doncaster Council\t52000.00\t52000.00\t52000.00\t52000.00\t208000.00\t19.85');
  watcher.assertClean();
  await context.close();
});
