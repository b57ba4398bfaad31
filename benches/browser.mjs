// The browser benchmark (run by tools/bench; not part of the tests): start-up against a
// static page, and edit latency for documents of growing size, in headless Chromium
// against the release build served on 127.0.0.1. Prints Markdown tables.
import { readFile, writeFile, mkdir, copyFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDist, launchBrowser } from '../tests/e2e/harness.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const COLD_LOADS = Number(process.env.BENCH_COLD_LOADS ?? 15);
const EDITS = Number(process.env.BENCH_EDITS ?? 50);

const median = (values) => percentile(values, 50);
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}
const ms = (value) => value.toFixed(1);

async function startUpTime(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  const time = await page.waitForFunction(() => {
    const [mark] = performance.getEntriesByName('first-results');
    return mark ? mark.startTime : false;
  }, null, { timeout: 30_000 });
  const value = await time.jsonValue();
  await context.close();
  return value;
}

/** Milliseconds from each keystroke in the first partner's amount to the figures changing. */
async function editLatencies(browser, url, edits) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.headline-figure').first().waitFor();
  const field = page.locator('#partner-1-annual');
  // Plain digits, so that adding one keeps the amount valid ("52000" to "520007").
  await field.fill((await field.inputValue()).replaceAll(',', ''));
  await field.focus();
  await page.keyboard.press('End');
  await page.evaluate(() => {
    window.latencies = [];
    let started = null;
    document.getElementById('partner-1-annual').addEventListener('keydown', () => { started = performance.now(); }, { capture: true });
    new MutationObserver(() => {
      if (started !== null) {
        window.latencies.push(performance.now() - started);
        started = null;
      }
    }).observe(document.querySelector('.layout__results'), { subtree: true, childList: true, characterData: true });
  });
  for (let edit = 0; edit < edits; edit += 1) {
    // Alternately add and remove a digit: every keystroke changes every total.
    await page.keyboard.press(edit % 2 === 0 ? '7' : 'Backspace');
    await page.waitForFunction((count) => window.latencies.length >= count, edit + 1, { timeout: 10_000 });
  }
  const latencies = await page.evaluate(() => window.latencies);
  await context.close();
  return latencies;
}

async function main() {
  const benchDir = join(root, 'target', 'bench');
  await mkdir(join(benchDir, 'static'), { recursive: true });
  const css = (await readdir(join(root, 'dist'))).find((name) => name.endsWith('.css'));
  await copyFile(join(root, 'dist', css), join(benchDir, 'static', css));
  await copyFile(join(benchDir, 'static.html'), join(benchDir, 'static', 'index.html'));
  const links = (await readFile(join(benchDir, 'links.tsv'), 'utf8')).trim().split('\n').map((line) => line.split('\t'));

  const app = await serveDist();
  const staticPage = await serveDist({ folder: join(benchDir, 'static'), base: '/static/' });
  const browser = await launchBrowser();
  const out = [];
  try {
    const appTimes = [];
    const staticTimes = [];
    for (let load = 0; load < COLD_LOADS; load += 1) {
      appTimes.push(await startUpTime(browser, app.url));
      staticTimes.push(await startUpTime(browser, staticPage.url));
    }
    const ratio = median(appTimes) / median(staticTimes);
    out.push('### Start-up: navigation to first results painted', '');
    out.push(`Median of ${COLD_LOADS} cold loads each (a fresh browser profile every load), measured in the same run.`, '');
    out.push('| page | median (ms) | fastest (ms) | slowest (ms) |', '| --- | ---: | ---: | ---: |');
    out.push(`| static HTML page, same results, no wasm | ${ms(median(staticTimes))} | ${ms(Math.min(...staticTimes))} | ${ms(Math.max(...staticTimes))} |`);
    out.push(`| the calculator (South Yorkshire) | ${ms(median(appTimes))} | ${ms(Math.min(...appTimes))} | ${ms(Math.max(...appTimes))} |`);
    out.push('', `Ratio, calculator to static page: **${ratio.toFixed(2)}×** (target: at most 2×).`, '');

    out.push('### Edit latency: keystroke in an amount to every figure updated', '');
    out.push(`${EDITS} keystrokes each (adding and removing a digit of the first partner's amount).`, '');
    out.push('| document | partners | contract years | median (ms) | 95th percentile (ms) |', '| --- | ---: | ---: | ---: | ---: |');
    for (const [name, fragment] of links) {
      const latencies = await editLatencies(browser, `${app.url}#${fragment}`, EDITS);
      const [partners, years] = await describe(browser, `${app.url}#${fragment}`);
      out.push(`| ${name} | ${partners} | ${years} | ${ms(median(latencies))} | ${ms(percentile(latencies, 95))} |`);
    }
    out.push('', 'Target: under 16 ms (one frame) at the 95th percentile for the large document.');
  } finally {
    await browser.close();
    await app.close();
    await staticPage.close();
  }
  const table = out.join('\n');
  await writeFile(join(benchDir, 'browser.md'), `${table}\n`);
  console.log(table);
}

async function describe(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.headline-figure').first().waitFor();
  const counts = await page.evaluate(() => [
    document.querySelectorAll('.table--figures tbody tr').length,
    document.querySelectorAll('.table--figures thead th.numeric').length - 2,
  ]);
  await context.close();
  return counts;
}

await main();
