// Money over time (issue 28): a table switched to real terms and back, a present
// value read with its working, and a switching value with the two options' figures
// at it, on the South Yorkshire options.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import {
  useServerAndBrowser, openCalculator, expectText, partnerRow, screenshotDir,
  assertNoAxeViolations,
  readText,
} from './harness.mjs';

const env = useServerAndBrowser();

async function openOptions(page) {
  await page.getByLabel('Or start from an example').selectOption('south-yorkshire-options');
  await page.getByRole('button', { name: 'Load example' }).click();
  await page.locator('summary', { hasText: 'Real terms, discounting, benefits' }).click();
}

async function typeInto(page, label, text) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(text);
  await field.press('Tab');
}

test('a table switches to real terms at a constant 2% and back to cash', async () => {
  const { context, page, watcher } = await openCalculator(env);
  await openOptions(page);
  const doncaster = partnerRow(page, 'Doncaster Council');
  await expectText(doncaster, '£52,000.00');
  await page.getByLabel('Deflator').selectOption('constant');
  await typeInto(page, 'Rate of inflation a year, in per cent', '2');
  await typeInto(page, 'Base year of real terms', '2020/21');
  await page.getByLabel('Show tables and charts in').selectOption('real');
  // Year 1, Feb 2021 to Jan 2022: 2 months of 2020-21 at 1 and 10 of 2021-22 at
  // 1 ÷ 1.02, a mean of 0.983660 to six places: £52,000.00 × 0.983660 = £51,150.32.
  await expectText(doncaster, '£51,150.32');
  const notice = page.locator('#prices-notice');
  await expectText(notice, 'Tables and charts show real terms at 2020/21 prices, deflated by a constant 2.00% a year.');
  await notice.locator('summary').click();
  await expectText(notice, '0.983660');
  await notice.screenshot({ path: join(screenshotDir, '41-real-terms.png') });
  await assertNoAxeViolations(page, 'real terms shown, with the appraisal open');
  // The figure's working, from the worker, ends in the figure the table shows.
  await doncaster.locator('[data-figure]', { hasText: '£51,150.32' }).first().click();
  const working = page.getByRole('dialog');
  await expectText(working, 'Doncaster Council, Year 1');
  await expectText(working, ': £51,150.32');
  await expectText(working, 'That is £52,000.00 in cash. In real terms at 2020/21 prices, each contract year');
  await working.getByRole('button', { name: 'Close' }).click();
  await page.getByLabel('Show tables and charts in').selectOption('cash');
  await expectText(doncaster, '£52,000.00');
  assert.equal(await page.locator('#prices-notice').count(), 0, 'no real-terms notice in cash');
  watcher.assertClean();
  await context.close();
});

test('HM Treasury\'s deflators load when real terms are first asked for, and a year they do not cover is said', async () => {
  const { context, page, watcher } = await openCalculator(env);
  await openOptions(page);
  await page.getByLabel('Show tables and charts in').selectOption('real');
  await expectText(page.locator('#prices-notice'), 'Tables and charts show real terms at 2020/21 prices, deflated by HM Treasury\'s GDP deflators at market prices, June 2026 (Quarterly National Accounts) release.');
  // The series runs to 2025-26: a contract running into 2026-27 is not covered.
  await page.getByLabel('Initial term', { exact: true }).selectOption({ label: '5 years' });
  await expectText(page.locator('#prices-notice'), 'is not covered by HM Treasury');
  watcher.assertClean();
  await context.close();
});

test('a present value with its working, and a switching value with the figures at it', async () => {
  const { context, page, watcher } = await openCalculator(env);
  await openOptions(page);
  await typeInto(page, 'Cashable savings a year, in pounds', '120,000');
  const results = page.getByRole('region', { name: 'Present values and what would change the decision' });
  const values = results.getByRole('table', { name: 'Present values' });
  const countywide = values.getByRole('row', { name: /countywide pool/ });
  await expectText(countywide, '£');
  await results.locator('summary', { hasText: 'How each present value of “Option 3: countywide pool (recommended)”' }).click();
  const costs = results.getByRole('table', { name: 'Costs' }).last();
  await expectText(costs, '× 1 ÷ 1.035^1 =');
  const pvText = (await readText(countywide)).split('\t');
  const total = (await readText(costs.getByRole('row', { name: /^Total/ }))).split('\t');
  assert.ok(pvText[1].includes(total[4].trim()), `the table's present value of costs (${pvText[1]}) is the working's total (${total[4]})`);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    results.getByRole('button', { name: 'Download “present values” as CSV' }).click(),
  ]);
  const csv = await readFile(await download.path(), 'utf8');
  assert.match(csv, /Option 3: countywide pool \(recommended\),/, 'the CSV has the table\'s rows');
  assert.ok(csv.includes(pvText[1].replace(/[£,]/g, '').trim()), `the CSV's present value of costs is the page's (${pvText[1]})`);

  await page.getByLabel('Preferred option').selectOption('2');
  await page.getByLabel('Input to find the switching value of').selectOption('savings');
  await page.getByLabel('Test another input').selectOption('savings');
  await typeInto(page, 'Low value', '60,000');
  await typeInto(page, 'High value', '180,000');
  await expectText(results.getByRole('table', { name: 'Sensitivity' }), '£180,000.00');
  await page.locator('section.appraisal').screenshot({ path: join(screenshotDir, '43-appraisal-editor.png') });
  const switching = results.locator('#switching-value');
  await expectText(switching, 'unless the amount of cashable savings a year, now £120,000.00, reaches £');
  await expectText(results.locator('#switching-working'), 'the net present cost of “Option 3: countywide pool (recommended)” is');
  await results.screenshot({ path: join(screenshotDir, '42-appraisal.png') });
  await assertNoAxeViolations(page, 'the appraisal with a switching value');
  watcher.assertClean();
  await context.close();
});

test('the file worker starts as the appraisal is opened, or the pointer reaches "Open a scenario file", not at start-up', async () => {
  for (const reach of [
    (page) => page.locator('summary', { hasText: 'Real terms, discounting, benefits' }).click(),
    (page) => page.locator('#open-file').hover(),
  ]) {
    const since = Date.now();
    const workerAsked = () => env.server.requests.some((request) => request.path.endsWith('file-worker_bg.wasm') && request.at >= since);
    const { context, page, watcher } = await openCalculator(env);
    await page.getByLabel('Or start from an example').selectOption('south-yorkshire-options');
    await page.getByRole('button', { name: 'Load example' }).click();
    await expectText(page.locator('h1'), 'South Yorkshire');
    assert.equal(workerAsked(), false, 'nothing of the file worker loads with the page');
    await reach(page);
    const deadline = Date.now() + 5000;
    while (!workerAsked() && Date.now() < deadline) await new Promise((done) => setTimeout(done, 50));
    assert.ok(workerAsked(), 'reaching for what needs it starts the file worker');
    watcher.assertClean();
    await context.close();
  }
});
