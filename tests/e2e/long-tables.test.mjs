// Tables hundreds of rows long are laid out a row at a time, so that rows off screen
// cost nothing (styles/app.css, `table--rows`; the cost is measured in
// docs/benchmarks.md). What a person and a screen reader get from them must not change:
// one table, its columns lined up, and every row reached by find in page, copy and print.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { useServerAndBrowser, openCalculator, expectText, screenshotDir, assertNoAxeViolations, readText } from './harness.mjs';

// As with a screen reader running: the rows off screen are in the accessibility tree.
const env = useServerAndBrowser({ screenReader: true });
const PARTNERS = 120;

/** A pool of 120 partners over `years` years, opened as a file. */
async function openLongPool(page, years) {
  const partners = Array.from({ length: PARTNERS }, (_, i) => ({
    name: `Partner council ${i + 1}`, kind: 'council', annualContribution: String(10000 + i * 100),
  }));
  const title = `A pool of ${PARTNERS} partners over ${years} years`;
  const option = { name: 'Every partner', start: '2025-04', initialTermYears: years, extensions: [], partners };
  const path = join(screenshotDir, `long-pool-${years}.json`);
  await writeFile(path, JSON.stringify({ format: 'funding-scenario-calculator', version: 2, scenario: { title, options: [option] } }));
  await page.getByLabel('Open a scenario file').setInputFiles(path);
  await expectText(page.locator('h1'), title);
  // The rows past the first frame's worth follow, a frame's worth at a time.
  await defineDrawnRows(page);
  await page.waitForFunction((count) => window.drawnRows().every((rows) => rows === count), PARTNERS);
}

/** Defines `drawnRows()` in the page: how many partners each long list has drawn, the
 * editor's and the two tables by partner. */
async function defineDrawnRows(page) {
  await page.evaluate(() => {
    const rows = (selector) => document.querySelectorAll(selector).length;
    window.drawnRows = () => [
      rows('.partners .item-list > li'),
      rows('[aria-labelledby="contributions-title"] tbody > tr'),
      rows('[aria-labelledby="partners-by-financial-year-title"] tbody > tr'),
    ];
  });
}

/** The roles Chromium itself gives the table's rows, as a screen reader gets them. */
async function accessibleRows(page, tableName) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const table = nodes.find((node) => node.role?.value === 'table' && node.name?.value === tableName);
  assert.ok(table, `Chromium sees a table named "${tableName}"`);
  const rows = [];
  const walk = (node) => {
    for (const id of node.childIds ?? []) {
      const child = byId.get(id);
      if (!child) continue;
      if (child.role?.value === 'row') {
        rows.push((child.childIds ?? []).map((cell) => byId.get(cell)?.role?.value).filter(Boolean));
      } else {
        walk(child);
      }
    }
  };
  walk(table);
  await cdp.detach();
  return rows;
}

test(`${PARTNERS} partners opened from a file: the figures and a screen of rows painted first, the rest in the frames after`, async () => {
  const { context, page, watcher } = await openCalculator(env);
  await defineDrawnRows(page);
  // What the page holds in the first frame with the new figures, and in each after.
  await page.evaluate((title) => {
    window.framesDrawn = [];
    const observer = new MutationObserver(() => {
      if (document.querySelector('h1')?.textContent !== title) return;
      observer.disconnect();
      const next = () => {
        window.framesDrawn.push(window.drawnRows());
        if (window.framesDrawn.length < 30) requestAnimationFrame(next);
      };
      requestAnimationFrame(next);
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  }, `A pool of ${PARTNERS} partners over 3 years`);
  await openLongPool(page, 3);
  const frames = await page.evaluate(() => window.framesDrawn);
  const [first] = frames;
  console.log(`rows drawn (editor, contributions, by financial year) in the first frames: ${JSON.stringify(frames.slice(0, 5))}`);
  assert.ok(first.every((rows) => rows > 0 && rows < PARTNERS), `part of each list in the first frame: ${first}`);
  const every = frames.findIndex((rows) => rows.every((count) => count === PARTNERS));
  assert.ok(every > 0 && every <= 6, `every row within a few frames: ${JSON.stringify(frames.slice(0, 8))}`);
  await expectText(page.locator('[aria-labelledby="contributions-title"] tbody > tr').last(), `Partner council ${PARTNERS}`);
  watcher.assertClean();
  await context.close();
});

for (const years of [3, 10]) {
  test(`${PARTNERS} partners over ${years} years: one table to a screen reader, its columns lined up, every row found, copied and printed`, async () => {
    const { context, page, watcher } = await openCalculator(env);
    await openLongPool(page, years);
    const region = page.getByRole('region', { name: 'Contributions by partner and contract year' });
    const table = region.locator('table');
    assert.match(await table.getAttribute('class'), /table--rows/, 'a table this long is laid out a row at a time');

    const rows = await accessibleRows(page, 'Contributions by partner and contract year');
    assert.equal(rows.length, PARTNERS + 2, 'the header, every partner and the total are rows');
    assert.deepEqual(rows[0], Array(years + 3).fill('columnheader'));
    assert.deepEqual(rows[PARTNERS], ['rowheader', ...Array(years + 2).fill('cell')], 'the last partner is a row header and its cells');
    await assertNoAxeViolations(page, `a table of ${PARTNERS} partners`);

    const last = region.getByRole('row', { name: new RegExp(`^Partner council ${PARTNERS} `) });
    await last.scrollIntoViewIfNeeded();
    const headers = await region.getByRole('columnheader').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect()));
    const cells = await last.locator('th, td').evaluateAll((found) => found.map((cell) => cell.getBoundingClientRect()));
    assert.equal(cells.length, headers.length);
    cells.forEach((cell, index) => {
      assert.ok(Math.abs(cell.left - headers[index].left) < 1 && Math.abs(cell.width - headers[index].width) < 1,
        `column ${index + 1} of the last row lines up with its heading`);
    });
    await page.screenshot({ path: join(screenshotDir, `long-table-${years}-years.png`) });

    await page.evaluate(() => window.scrollTo(0, 0));
    assert.ok(await page.evaluate((name) => window.find(name), `Partner council ${PARTNERS - 1}`), 'find in page reaches a row off screen');
    const copied = await table.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    });
    assert.ok(copied.includes(`Partner council ${PARTNERS}`), 'a selection of the table takes in its last row');
    const lastTotal = await readText(last.locator('td').nth(years));
    assert.ok(copied.includes(lastTotal), 'and its figures');

    const pdf = join(screenshotDir, `long-table-${years}-years.pdf`);
    await page.pdf({ path: pdf, format: 'A4' });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    assert.ok(text.includes(`Partner council ${PARTNERS}`), 'the last partner is printed');
    assert.ok(text.includes(lastTotal), 'with its total');
    watcher.assertClean();
    await context.close();
  });
}
