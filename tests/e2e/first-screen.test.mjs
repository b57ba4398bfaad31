// The first screen driven as a commissioner would use it, on the release build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
 useServerAndBrowser, openCalculator, serveDist, expectText, headlineFigure, partnerRow, screenshot, screenshotDir, readText } from './harness.mjs';

const env = useServerAndBrowser();

const openApp = (viewport) => openCalculator(env, { viewport });

test('a commissioner models the South Yorkshire pool and then Cleveland', async () => {
  const { context, page, watcher } = await openApp();
  const pool = headlineFigure(page, 'Pooled budget');

  await expectText(pool, '£262,000.00 a year');
  await expectText(headlineFigure(page, 'Total with 2 extensions taken up'), '£1,048,000.00');
  await screenshot(page, '01-south-yorkshire-desktop.png');

  await page.getByLabel('Take up extension 2 in this scenario').uncheck();
  await expectText(headlineFigure(page, 'Total with 1 extension taken up'), '£786,000.00');

  const sheffield = page.getByRole('group', { name: 'Sheffield City Council' });
  await sheffield.getByLabel('Annual contribution, in pounds').fill('70000');
  await expectText(pool, '£272,000.00 a year');

  const doncaster = page.getByRole('group', { name: 'Doncaster Council' });
  const doncasterAmount = doncaster.getByLabel('Annual contribution, in pounds');
  await doncasterAmount.fill('abc');
  await doncasterAmount.press('Tab');
  await expectText(doncaster, 'Enter the amount as a number in pounds, like 52,000 or 52,000.50');
  await expectText(page.locator('.error-summary'), 'There is a problem');
  await expectText(page.locator('.stale-notice'), 'These figures do not include 1 entry that needs fixing');
  await expectText(pool, '£272,000.00 a year');
  assert.equal(await doncasterAmount.inputValue(), 'abc', 'the typed text stays for the user to fix');
  assert.equal(await doncasterAmount.getAttribute('aria-invalid'), 'true');
  await screenshot(page, '02-invalid-amount.png');

  await doncasterAmount.fill('52,000');
  await expectText(pool, '£272,000.00 a year');
  assert.equal(await page.locator('.stale-notice').count(), 0, 'the notice goes once the entry is fixed');
  assert.equal(await page.locator('.error-summary').count(), 0);

  await page.getByRole('button', { name: 'Add a partner' }).click();
  const newPartner = page.getByRole('group', { name: 'Partner 6 (no name yet)' });
  await newPartner.getByLabel('Name').fill('NHS South Yorkshire Integrated Care Board');
  const nhs = page.getByRole('group', { name: 'NHS South Yorkshire Integrated Care Board' });
  await nhs.getByLabel('Annual contribution, in pounds').fill('£10,000');
  await expectText(pool, '£282,000.00 a year');
  await expectText(
    partnerRow(page, /NHS South Yorkshire Integrated Care Board/),
    '£10,000.00',
  );
  await screenshot(page, '03-partner-added.png');

  await page.getByLabel('Start from an example').selectOption({ label: 'Cleveland Home Office grant with local match, 2022/23' });
  await page.getByRole('button', { name: 'Load example' }).click();
  await expectText(headlineFigure(page, 'Total with no extensions taken up'), '£229,135.00');
  await expectText(partnerRow(page, /Home Office grant/), '£157,423.33');
  await screenshot(page, '04-cleveland.png');

  watcher.assertClean();
  await context.close();
});

test('the first screen fits a 320 pixel wide screen without sideways scrolling', async () => {
  const { context, page, watcher } = await openApp({ width: 320, height: 800 });
  await expectText(headlineFigure(page, 'Pooled budget'), '£262,000.00 a year');
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
  }));
  assert.ok(widths.page <= widths.viewport, `page is ${widths.page}px wide in a ${widths.viewport}px viewport`);
  await screenshot(page, '05-south-yorkshire-320px.png');
  await page.locator('.layout__results').screenshot({ path: `${screenshotDir}/06-results-320px.png` });
  watcher.assertClean();
  await context.close();
});

test('the pooled budget by financial year: the South Yorkshire initial term', async () => {
  const { context, page, watcher } = await openApp();
  await page.getByLabel('Take up extension 1 in this scenario').uncheck();
  await expectText(headlineFigure(page, 'Total with no extensions taken up'), '£524,000.00');
  const table = page.getByRole('region', { name: 'Pooled budget by financial year' });
  await expectText(table, '2020/21 £43,666.67');
  await expectText(table, '2021/22 £262,000.00');
  await expectText(table, '2022/23 £218,333.33');
  await expectText(table, 'Total £524,000.00');
  await table.screenshot({ path: `${screenshotDir}/financial-years.png` });
  watcher.assertClean();
  await context.close();
});

test('splitting a target equally sets contributions to the penny, spare pennies to the partners higher in the list', async () => {
  const { context, page, watcher } = await openApp();
  await page.getByText('Split an amount among partners').click();
  await page.getByLabel('Amount to split each year, in pounds').fill('71,711.67');
  await page.getByRole('button', { name: 'Set their contributions' }).click();
  await expectText(page.locator('.split-tool'), 'Annual contributions set for 5 partners.');
  await expectText(headlineFigure(page, 'Pooled budget'), '£71,711.67 a year');
  const amounts = [];
  for (const name of ['Doncaster Council', 'Sheffield City Council', 'Barnsley Council', 'Rotherham Council', "South Yorkshire Police and Crime Commissioner's office"]) {
    amounts.push(await readText(partnerRow(page, new RegExp(`^${name}`)).locator('td').first()));
  }
  assert.deepEqual(amounts, ['£14,342.34', '£14,342.34', '£14,342.33', '£14,342.33', '£14,342.33']);
  await page.locator('.split-tool').screenshot({ path: `${screenshotDir}/split-tool.png` });

  // By population, for three of them.
  await page.locator('.split-tool').getByLabel('Sheffield City Council', { exact: true }).uncheck();
  await page.locator('.split-tool').getByLabel("South Yorkshire Police and Crime Commissioner's office", { exact: true }).uncheck();
  await page.getByLabel('Amount to split each year, in pounds').fill('100,000');
  await page.getByLabel('In proportion to a figure, such as population').check();
  await page.getByLabel('Figure for Doncaster Council').fill('311000');
  await page.getByLabel('Figure for Barnsley Council').fill('246000');
  await page.getByLabel('Figure for Rotherham Council').fill('267000');
  await page.getByRole('button', { name: 'Set their contributions' }).click();
  await expectText(page.locator('.split-tool'), "3 partners' contributions set in proportion to their figures, kept with them.");
  await expectText(partnerRow(page, /^Doncaster Council/), '£37,742.72');
  await expectText(partnerRow(page, /^Barnsley Council/), '£29,854.37');
  await expectText(partnerRow(page, /^Rotherham Council/), '£32,402.91');
  // Back undoes the split in one step.
  await page.goBack();
  await expectText(partnerRow(page, /^Doncaster Council/), '£14,342.34');
  watcher.assertClean();
  await context.close();
});
