// Shared by the browser tests: serves dist/ on 127.0.0.1, launches Debian's Chromium
// offline, and waits for what a person would see.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { before, after } from 'node:test';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const require = createRequire(join(root, 'tools', 'package.json'));
const { chromium } = require('playwright-core');

export const screenshotDir = join(root, 'target', 'screenshots');

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Where the tests deploy the app: a sub-path, as on an intranet. */
export const BASE_PATH = '/intranet/tools/funding/';

/**
 * Serves a folder (the release build in dist/ by default) under `base` on a free
 * loopback port, logging every request. With `compress`, as a real server does: each
 * file gzipped where the browser accepts it (the release build's own .gz copy, or
 * gzipped here once), so timings over a limited network count the bytes sent.
 */
export async function serveDist({ folder = join(root, 'dist'), base = BASE_PATH, compress = false } = {}) {
  const dist = folder;
  const requests = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    requests.push({ path, url: request.url, method: request.method, at: Date.now() });
    if (!path.startsWith(base)) {
      response.writeHead(404).end('not found');
      return;
    }
    const inside = path.slice(base.length - 1);
    const file = normalize(join(dist, inside.endsWith('/') ? `${inside}index.html` : inside));
    if (!file.startsWith(dist)) {
      response.writeHead(403).end();
      return;
    }
    try {
      let body = await readFile(file);
      const headers = {
        'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'max-age=3600',
      };
      if (compress && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        body = await readFile(`${file}.gz`).catch(() => gzipSync(body, { level: 6 }));
        headers['content-encoding'] = 'gzip';
      }
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${base}`,
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((done) => server.close(done)),
  };
}

/**
 * Debian's Chromium, headless, with nothing that reaches for the internet. With
 * `screenReader`, its accessibility tree is complete from the start, as it is when a
 * screen reader is running (Chromium otherwise builds it only when asked).
 */
export async function launchBrowser({ screenReader = false } = {}) {
  await mkdir(screenshotDir, { recursive: true });
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...(screenReader ? ['--force-renderer-accessibility'] : []),
    ],
  });
}

/**
 * Records what must never happen on a page: uncaught errors (a wasm panic surfaces as
 * one), console errors, Content-Security-Policy violations, and requests to any origin
 * but the app's own. Call before the page loads.
 */
export async function watchPage(page, origins) {
  const allowed = [origins].flat();
  const problems = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    // blob: addresses are files the app made in the page (downloads), not requests out.
    const local = url.startsWith('data:') || allowed.some((origin) => url.startsWith(origin) || url.startsWith(`blob:${origin}`));
    if (!local) problems.push(`request off origin: ${url}`);
  });
  return {
    assertClean() {
      assert.deepEqual(problems, [], 'the page had errors or made outside requests');
    },
  };
}

/** Waits until the locator's visible text contains `expected`, then asserts it. */
export async function expectText(locator, expected, { timeout = 5000 } = {}) {
  const deadline = Date.now() + timeout;
  let actual = '';
  while (Date.now() < deadline) {
    actual = (await readText(locator).catch(() => '')).replace(/\s+/g, ' ');
    if (actual.includes(expected)) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  assert.fail(`expected text containing ${JSON.stringify(expected)}, saw ${JSON.stringify(actual.slice(0, 500))}`);
}

/**
 * The text of what `locator` finds, as a person reads it: brought into view first, as
 * the browser does not lay out blocks and rows off screen (`content-visibility` in
 * styles/app.css), and the text of what is not laid out reads as nothing.
 */
export async function readText(locator) {
  // The browser decides what is near enough to the screen to lay out as it draws the
  // next frame: read after it.
  await locator.evaluate((element) => new Promise((drawn) => {
    element.scrollIntoView({ block: 'nearest' });
    requestAnimationFrame(() => requestAnimationFrame(drawn));
  }));
  return locator.innerText();
}

/** The text of each thing `locator` finds, each brought into view as it is read. */
export async function readTexts(locator) {
  const texts = [];
  for (const found of await locator.all()) texts.push(await readText(found));
  return texts;
}

/** The value of a headline figure, found by the words it is labelled with. */
export function headlineFigure(page, label) {
  return page
    .locator('.headline-figure')
    .filter({ has: page.locator('dt', { hasText: label }) })
    .locator('.headline-figure__value');
}

/**
 * Opens the calculator in a fresh browser context (en-GB, 1280 × 900 unless told),
 * watching for errors and outside requests, and waits for its heading.
 * `permissions` such as `['clipboard-read', 'clipboard-write']` are granted.
 */
export async function openCalculator(env, { viewport = { width: 1280, height: 900 }, permissions = [] } = {}) {
  const context = await env.browser.newContext({ viewport, locale: 'en-GB', permissions });
  const page = await context.newPage();
  const watcher = await watchPage(page, env.server.origin);
  await page.goto(env.server.url);
  await page.locator('h1').waitFor();
  return { context, page, watcher };
}

/** A partner's row in the table of contributions by contract year. */
export function partnerRow(page, name) {
  return page
    .getByRole('region', { name: 'Contributions by partner and contract year' })
    .getByRole('row', { name });
}

export async function screenshot(page, name) {
  await page.screenshot({ path: join(screenshotDir, name), fullPage: true });
}

/** The WCAG rule sets the calculator must pass: 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page and fails with a readable list of any violations. */
export async function assertNoAxeViolations(page, state) {
  // Evaluated through DevTools, which the page's Content-Security-Policy does not
  // govern, so the policy stays in force for everything the app itself does.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    // Everything laid out, as a person sees each part on reaching it: the browser skips
    // what is off screen (`content-visibility`), and axe would judge the colours and
    // sizes of boxes not drawn. Put back as it was afterwards.
    const skipped = [...document.querySelectorAll('*')].filter((element) => getComputedStyle(element).contentVisibility === 'auto');
    for (const element of skipped) element.style.contentVisibility = 'visible';
    await new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn)));
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    for (const element of skipped) element.style.removeProperty('content-visibility');
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
  }, WCAG_TAGS);
  assert.deepEqual(violations, [], `axe-core found WCAG violations in state "${state}"`);
}

/** The id and text of the element that has focus. */
export async function focused(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    return {
      id: element?.id ?? '', tag: element?.tagName ?? '', label: element?.getAttribute('aria-label') ?? '',
      text: (element?.innerText || element?.value || '').trim().slice(0, 80),
    };
  });
}

/** Presses Tab until `matches(focused)` holds, as a keyboard user would, or fails. */
export async function tabUntil(page, matches, description, { limit = 150 } = {}) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (matches(now)) return now;
  }
  assert.fail(`pressing Tab ${limit} times never reached ${description}`);
}

/** Whether the page scrolls sideways. */
export async function scrollsSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/**
 * For a test file: serves the release build and launches Chromium before its tests,
 * and closes both after. Returns an object whose `server` and `browser` are set by then.
 */
export function useServerAndBrowser({ screenReader = false } = {}) {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await serveDist();
    env.browser = await launchBrowser({ screenReader });
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** The link a golden fixture holds (model/tests/fixtures/links/). */
export async function goldenLink(name) {
  const text = await readFile(new URL(`../../model/tests/fixtures/links/${name}`, import.meta.url), 'utf8');
  return text.split('\n').find((line) => line.startsWith('link: ')).slice('link: '.length);
}

export const DRAFT_KEY = 'funding-calculator/draft';
export const NOT_SAVED = 'Your changes are not being saved in this browser: save a file or copy the link.';

/** Fills this origin's storage until the browser refuses even one more character. */
export function fillStorage(page) {
  return page.evaluate(() => {
    let key = 0;
    for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
      const value = 'x'.repeat(size);
      try {
        for (;;) localStorage.setItem(`junk-${key++}`, value);
      } catch {
        // Full at this size: try a smaller one.
      }
    }
  });
}

export function freeStorage(page) {
  return page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('junk-')) localStorage.removeItem(key);
  });
}

export const savedDraft = (page) => page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY);
