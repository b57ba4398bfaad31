// Options, the spending plan, match funding and value for money, on the release build,
// read as a commissioner would read them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openCalculator, expectText, headlineFigure, screenshot, screenshotDir, assertNoAxeViolations, scrollsSideways } from './harness.mjs';

const env = useServerAndBrowser();

const openApp = (viewport) => openCalculator(env, { viewport });

async function loadExample(page, label) {
  await page.getByLabel('Start from an example').selectOption({ label });
  await page.getByRole('button', { name: 'Load example' }).click();
}

/** The comparison table's cell for a figure (row) and an option (column, 0-based). */
function comparisonCell(page, figure, option) {
  return page
    .locator('.table--comparison tbody tr')
    .filter({ has: page.locator('th', { hasText: figure }) })
    .locator('td')
    .nth(option);
}

test('the three South Yorkshire options side by side, with their differences', async () => {
  const { context, page, watcher } = await openApp();
  await loadExample(page, 'South Yorkshire: the three options considered in 2020');

  const headers = page.locator('.table--comparison thead th');
  await expectText(headers.nth(1), 'Option 1: do nothing');
  await expectText(headers.nth(2), 'Option 2: a programme in Doncaster only');
  await expectText(headers.nth(3), 'Option 3: countywide pool (recommended) Baseline');

  await expectText(comparisonCell(page, 'Pooled budget in year 1', 0), '£0.00 −£262,000.00 (−100.00%)');
  await expectText(comparisonCell(page, 'Pooled budget in year 1', 1), '£50,000.00 −£212,000.00 (−80.92%)');
  await expectText(comparisonCell(page, 'Pooled budget in year 1', 2), '£262,000.00');
  await expectText(comparisonCell(page, 'Total with every extension', 1), '£200,000.00 −£848,000.00 (−80.92%)');
  await expectText(comparisonCell(page, 'Doncaster Council', 0), 'Not set');
  await expectText(comparisonCell(page, 'Doncaster Council', 1), '£200,000.00 −£8,000.00 (−3.85%)');
  await expectText(comparisonCell(page, 'Cost per completion', 2), '£2,757.89');
  const optionsChart = page.locator('#options-chart-desc');
  assert.match(await optionsChart.textContent(), /2\. Option 2: a programme in Doncaster only: £200,000\.00, −£848,000\.00 \(−80\.92%\) compared with the baseline/);
  await page.locator('figure.chart').filter({ has: optionsChart }).screenshot({ path: `${screenshotDir}/25-chart-options.png` });
  await screenshot(page, '20-south-yorkshire-options.png');
  await assertNoAxeViolations(page, 'South Yorkshire options compared');

  // Edit option 2: Doncaster finds £60,000; the comparison follows.
  const option2 = page.getByRole('group', { name: '2. Option 2: a programme in Doncaster only' });
  await option2.getByRole('button', { name: /^Edit/ }).click();
  await expectText(page.locator('#option-heading'), 'Option 2: a programme in Doncaster only');
  const doncaster = page.getByRole('group', { name: 'Doncaster Council' });
  await doncaster.getByLabel('Annual contribution, in pounds').fill('60000');
  await expectText(headlineFigure(page, 'Pooled budget'), '£60,000.00 a year');
  await expectText(comparisonCell(page, 'Pooled budget in year 1', 1), '£60,000.00 −£202,000.00 (−77.10%)');

  // Copy it and make the copy the baseline.
  await option2.getByRole('button', { name: /^Copy/ }).click();
  await expectText(headers.nth(3), 'Copy of Option 2: a programme in Doncaster only');
  await page.getByRole('group', { name: '3. Copy of Option 2' }).getByRole('button', { name: /^Make baseline/ }).click();
  await expectText(comparisonCell(page, 'Pooled budget in year 1', 3), '£262,000.00 +£202,000.00 (+336.67%)');

  // Narrow screens still read without sideways scrolling of the page.
  await page.setViewportSize({ width: 320, height: 800 });
  assert.equal(await scrollsSideways(page), false, 'the page must not scroll sideways at 320 px');
  await screenshot(page, '21-options-320.png');
  await assertNoAxeViolations(page, 'four options at 320 px');
  watcher.assertClean();
  await context.close();
});

test('Cleveland balances to £0.00 and meets its match-funding rule', async () => {
  const { context, page, watcher } = await openApp();
  await loadExample(page, 'Cleveland Home Office grant with local match, 2022/23');

  await expectText(page.locator('#balance-summary'), 'Balance for the term taken up: £0.00. Balanced: funding and spending match.');
  const lines = page.locator('table:has(#cost-lines-title) tbody tr');
  await expectText(lines.nth(0), 'Harbour Support Services Service provider £121,197.00');
  await expectText(lines.nth(1), "My Sister's Place Service provider £99,938.00");
  await expectText(lines.nth(2), 'Barefoot Social Research (evaluation) Evaluation £8,000.00');
  const match = page.locator('#match-funding');
  await expectText(match, 'Local partners £71,711.67 (31.30% of the total; 45.55% of the grants)');
  await expectText(match, 'Rule: local partners provide at least £71,711.67 MET');
  const balanceChart = page.locator('#balance-chart-desc');
  assert.match(await balanceChart.textContent(), /Year 1: balanced \(£0\.00\)/);
  await screenshot(page, '22-cleveland-balance-and-match.png');
  await assertNoAxeViolations(page, 'Cleveland spending plan and match');

  // Change the rule to a share: 31.30% is not met, because the share is 31.2966…%,
  // and the words say so without the shown share seeming to meet it.
  await page.getByLabel('Local partners provide at least a share of the total').check();
  await page.getByLabel('Smallest local share, in per cent').fill('31.3');
  await expectText(match, 'Rule: local partners provide at least 31.30% of the total NOT MET');
  await expectText(match, '31.30% (exactly 31.2966…%) of the total is below the 31.30% required');
  await page.getByLabel('Smallest local share, in per cent').fill('30');
  await expectText(match, 'of the total MET');

  // A provider costs a penny more: a shortfall, and what would close it.
  const harbour = page.getByRole('group', { name: 'Harbour Support Services' });
  await harbour.getByLabel('Annual cost, in pounds').fill('121,197.01');
  await expectText(page.locator('#balance-summary'), 'Shortfall of £0.01');
  await expectText(page.locator('.close-gap'), 'Closing the shortfall of £0.01');
  assert.match(await balanceChart.textContent(), /shortfall of £0\.01/);
  await screenshot(page, '23-cleveland-shortfall.png');
  await assertNoAxeViolations(page, 'a shortfall with ways to close it');
  watcher.assertClean();
  await context.close();
});

test('activity gives the seed value for money, and an uplift compounds in extension years', async () => {
  const { context, page, watcher } = await openApp();
  await page.getByLabel('Take up extension 1 in this scenario').uncheck();
  const value = page.locator('#value-for-money');
  await expectText(value, 'Referrals over the term taken up 1,106');
  await expectText(value, 'Completions over the term taken up 190');
  await expectText(value, 'Completion rate 17.18%');
  await expectText(value, 'Cost per referral £473.78');
  await expectText(value, 'Cost per completion £2,757.89');

  const contributions = page.locator('#contributions-chart-desc');
  assert.match(await contributions.textContent(), /Year 1: £262,000\.00 pooled; Year 2: £262,000\.00 pooled\. Largest contributor over the term: Sheffield City Council, £120,000\.00 \(22\.90%\)/);
  // The same numbers as a table, behind "Show the figures as a table".
  const chartFigure = page.locator('figure.chart').filter({ has: contributions });
  await chartFigure.getByText('Show the figures as a table').click();
  await expectText(chartFigure.locator('table'), 'Doncaster Council');
  await chartFigure.screenshot({ path: `${screenshotDir}/26-chart-contributions.png` });
  await page.getByLabel('Take up extension 2 in this scenario').check();
  const sheffield = page.getByRole('group', { name: 'Sheffield City Council' });
  await sheffield.getByText('Different amounts in particular years, or a yearly uplift').click();
  await sheffield.getByLabel('Uplift each year, in per cent').fill('2.5');
  await sheffield.getByLabel('Uplift from').selectOption({ label: 'Year 3: Feb 2023 to Jan 2024' });
  await expectText(headlineFigure(page, 'Total with 2 extensions taken up'), '£1,052,537.50');
  await screenshot(page, '24-activity-and-uplift.png');
  await assertNoAxeViolations(page, 'activity and uplift');
  watcher.assertClean();
  await context.close();
});

test('a target split by percentage comes out to the penny, and percentages must add up to 100%', async () => {
  const { context, page, watcher } = await openApp();
  const tool = page.locator('.split-tool');
  await page.getByText('Split an amount among partners').click();
  await page.getByLabel('Amount to split each year, in pounds').fill('262,000');
  await page.getByLabel('By percentage (adding up to 100%)').check();
  const percentages = ['19.85', '22.90', '19.09', '19.08', '19.07'];
  const names = ['Doncaster Council', 'Sheffield City Council', 'Barnsley Council', 'Rotherham Council', "South Yorkshire Police and Crime Commissioner's office"];
  for (const [index, name] of names.entries()) {
    await tool.getByLabel(`Percentage for ${name}`).fill(percentages[index]);
  }
  await tool.getByRole('button', { name: 'Set their contributions' }).click();
  await expectText(tool, 'The percentages add up to 99.99%, not 100.00%');

  // A field left empty: said at the field and in the tool's summary, which links to it,
  // with the partner's name as typed.
  await tool.getByLabel(`Percentage for ${names[2]}`).fill('');
  await tool.getByRole('button', { name: 'Set their contributions' }).click();
  const summary = tool.locator('.error-summary');
  await expectText(summary, 'There is a problem Enter the percentage for Barnsley Council');
  await summary.getByRole('link', { name: 'Enter the percentage for Barnsley Council' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'split-figure-3');
  await expectText(tool.locator('.form-group--error'), 'Error: Enter the percentage for Barnsley Council');
  await assertNoAxeViolations(page, 'an error at a tool’s field');
  await tool.getByLabel(`Percentage for ${names[2]}`).fill('19.09');

  await tool.getByLabel(`Percentage for ${names[4]}`).fill('19.08');
  await tool.getByRole('button', { name: 'Set their contributions' }).click();
  await expectText(tool, "5 partners' contributions set as shares of the amount.");
  // Each is kept as a share of the amount, as the agreement sets it, its part worked out.
  const partner = (name) => page.getByRole('group', { name });
  assert.equal(await partner('Barnsley Council').getByLabel('How the amount is set').inputValue(), 'share-of');
  assert.equal(await partner('Barnsley Council').getByLabel('Share, in per cent').inputValue(), '19.09');
  assert.equal(await partner('Barnsley Council').getByLabel('Of a total a year, in pounds').inputValue(), '262,000');
  await expectText(partner('Barnsley Council').locator('.worked-out'), '£50,015.80 a year');
  await expectText(partner('Rotherham Council').locator('.worked-out'), '£49,989.60 a year');
  await expectText(headlineFigure(page, 'Pooled budget'), '£262,000.00 a year');
  await tool.screenshot({ path: `${screenshotDir}/27-split-by-percentage.png` });
  await assertNoAxeViolations(page, 'split by percentage');
  watcher.assertClean();
  await context.close();
});
