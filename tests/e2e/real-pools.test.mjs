// Real pools at real size: each partner's financial years, entry at scale, wide
// contracts that fit screen and paper.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  useServerAndBrowser, watchPage, expectText, headlineFigure, screenshotDir,
  assertNoAxeViolations,
} from './harness.mjs';

const env = useServerAndBrowser();

async function openApp() {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  const watcher = await watchPage(page, env.server.origin);
  await page.goto(env.server.url);
  await page.locator('h1').waitFor();
  return { context, page, watcher };
}

/** Opens a scenario file of one option written out here. */
async function openScenario(page, name, option) {
  const path = join(screenshotDir, `${name.replace(/\W+/g, '-')}.json`);
  const file = { format: 'funding-scenario-calculator', version: 2, scenario: { title: name, options: [option] } };
  await writeFile(path, JSON.stringify(file, null, 2));
  await page.getByLabel('Open a scenario file').setInputFiles(path);
  await expectText(page.locator('h1'), name);
}

test('each funder sees its own financial years, adding up to the pool to the penny (Slough)', async () => {
  const { context, page, watcher } = await openApp();
  await openScenario(page, 'Slough domestic abuse service', {
    name: 'Joint contract', start: '2023-07', initialTermYears: 2, extensions: [],
    partners: [
      { name: 'Slough Borough Council', kind: 'council', annualContribution: '264125.50' },
      { name: 'Thames Valley PCC', kind: 'pcc', annualContribution: '264125.50' },
    ],
  });
  await expectText(headlineFigure(page, 'Pooled budget'), '£528,251.00 a year');
  const pool = page.getByRole('region', { name: 'Pooled budget by financial year' });
  await expectText(pool, '2023/24 £396,188.25');
  const table = page.getByRole('region', { name: 'Contributions by partner and financial year' });
  await expectText(table, 'Partner 2023/24 2024/25 2025/26 Total');
  await expectText(table, 'Slough Borough Council £198,094.13 £264,125.50 £66,031.37 £528,251.00');
  await expectText(table, 'Thames Valley PCC £198,094.12 £264,125.50 £66,031.38 £528,251.00');
  await expectText(table, 'Total pooled budget £396,188.25 £528,251.00 £132,062.75 £1,056,502.00');
  await table.screenshot({ path: join(screenshotDir, '15-partners-by-financial-year.png') });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download as CSV\s*: contributions by partner and financial year/ }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'slough-domestic-abuse-service-partners-by-financial-year.csv');
  const path = join(screenshotDir, 'slough-partners-by-financial-year.csv');
  await download.saveAs(path);
  const csv = await readFile(path, 'utf8');
  assert.match(csv, /Slough Borough Council,198094\.13,264125\.50,66031\.37,528251\.00/);
  assert.match(csv, /Total pooled budget,396188\.25,528251\.00,132062\.75,1056502\.00/);
  await assertNoAxeViolations(page, 'partners by financial year');
  watcher.assertClean();
  await context.close();
});
