// Real pools at real size: each partner's financial years, entry at scale, wide
// contracts that fit screen and paper.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import {
  useServerAndBrowser, openCalculator, expectText, headlineFigure, partnerRow, screenshotDir,
  assertNoAxeViolations, scrollsSideways,
  readText, readTexts,
} from './harness.mjs';

const env = useServerAndBrowser();

const openApp = () => openCalculator(env);

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

const GREATER_MANCHESTER = [
  ['Bolton', '34,592'], ['Bury', '23,700'], ['Manchester', '63,732'], ['Oldham', '25,800'],
  ['Rochdale', '24,300'], ['Salford', '27,000'], ['Stockport', '27,600'], ['Tameside', '26,400'],
  ['Trafford', '25,800'], ['Wigan', '28,800'],
];

/** Puts `text` on the clipboard, as copying cells in Excel does, and pastes it with the
 * keyboard into the field that has focus. */
async function pasteText(page, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+V');
}

const openWithClipboard = () => openCalculator(env, { permissions: ['clipboard-read', 'clipboard-write'] });

/** The ten councils as one block, pasted into the first partner's name field. */
async function pasteGreaterManchester(page) {
  await page.getByRole('button', { name: 'Start a new scenario' }).click();
  const actions = [];
  actions.push(() => page.getByRole('group', { name: 'Partner 1 (no name yet)' }).getByLabel('Name').click());
  actions.push(() => pasteText(page, GREATER_MANCHESTER.map((row) => row.join('\t')).join('\r\n')));
  actions.push(() => page.getByRole('button', { name: 'Use these 10 rows' }).click());
  for (const action of actions) await action();
  return actions.length;
}

test('ten councils pasted as one block after "Start a new scenario", in fewer than 5 actions', async () => {
  const { context, page, watcher } = await openWithClipboard();
  await page.getByLabel('Scenario title').fill('My own plan, kept');
  await page.getByLabel('Scenario title').press('Tab');
  await page.getByRole('button', { name: 'Start a new scenario' }).click();
  await expectText(page.locator('.set-aside summary'), 'Scenarios set aside (1)');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'title', 'a new scenario starts at its title');
  assert.equal(await page.locator('.partners .item').count(), 1, 'one empty partner');
  await page.getByRole('group', { name: 'Partner 1 (no name yet)' }).getByLabel('Name').click();
  await pasteText(page, GREATER_MANCHESTER.map((row) => row.join('\t')).join('\r\n'));
  const preview = page.getByRole('region', { name: 'Preview of the rows' });
  await expectText(preview, 'Preview: 10 rows read');
  await expectText(preview, '1 Bolton £34,592.00 Fills the empty partner 1');
  await expectText(preview, '10 Wigan £28,800.00 Adds a partner');
  assert.equal(await page.getByRole('group', { name: 'Partner 1 (no name yet)' }).getByLabel('Name').inputValue(), '', 'nothing changes before the preview is accepted');
  await page.locator('.partners').screenshot({ path: join(screenshotDir, '15-paste-preview.png') });
  await assertNoAxeViolations(page, 'the paste preview');
  await page.getByRole('button', { name: 'Use these 10 rows' }).click();
  await expectText(page.locator('.partners .paste-rows__status'), '10 partners set from the rows: 9 added, 1 filled in.');
  await expectText(headlineFigure(page, 'Pooled budget'), '£307,724.00 a year');

  // Counted from the start, in a second scenario: fewer than five actions.
  const actions = await pasteGreaterManchester(page);
  assert.ok(actions < 5, `${actions} actions`);
  await expectText(headlineFigure(page, 'Pooled budget'), '£307,724.00 a year');
  watcher.assertClean();
  await context.close();
});

test('a bad cell in a pasted block is named, and nothing changes until every cell reads', async () => {
  const { context, page, watcher } = await openWithClipboard();
  await page.getByRole('group', { name: 'Doncaster Council' }).getByLabel('Name').click();
  await pasteText(page, 'Doncaster Council\t52,000\nKirklees Council\tfifty thousand');
  await expectText(page.locator('.paste-preview'), 'Row 2, column 2: “fifty thousand”: Enter the amount as a number in pounds');
  assert.equal(await page.getByRole('button', { name: /^Use these/ }).count(), 0, 'no accepting while a cell cannot be read');
  await page.getByLabel('Partners copied from a spreadsheet').fill('Doncaster Council\t52,000\nKirklees Council\t50,000');
  await expectText(page.locator('.paste-preview'), '1 Doncaster Council £52,000.00 Updates partner 1');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expectText(page.locator('.partners .paste-rows__status'), 'Nothing was changed.');
  await expectText(headlineFigure(page, 'Pooled budget'), '£262,000.00 a year');
  watcher.assertClean();
  await context.close();
});

test('one uplift for seven partners in one action, and a copied table pastes back into the same figures', async () => {
  const { context, page, watcher } = await openWithClipboard();
  await pasteGreaterManchester(page);
  await page.getByLabel('Initial term', { exact: true }).selectOption({ label: '3 years' });
  await page.getByText('Apply a yearly uplift to several partners').click();
  for (const name of ['Manchester', 'Salford', 'Wigan']) {
    await page.locator('.uplift-tool').getByLabel(name, { exact: true }).uncheck();
  }
  await page.locator('.uplift-tool').getByLabel('Uplift each year, in per cent').fill('2.5');
  await page.getByRole('button', { name: 'Apply the uplift' }).click();
  await expectText(page.locator('.uplift-tool'), 'An uplift of 2.50% a year from year 2 set for 7 partners.');
  await expectText(partnerRow(page, /^Bolton/), '£34,592.00 £35,456.80 £36,343.22');
  await expectText(partnerRow(page, /^Manchester/), '£63,732.00 £63,732.00 £63,732.00');
  const table = page.getByRole('region', { name: 'Contributions by partner and contract year' });
  const before = await readText(table);

  await page.getByRole('button', { name: /^Copy table\W+contributions by partner and contract year/ }).click();
  await page.getByRole('button', { name: 'Start a new scenario' }).click();
  await page.getByLabel('Initial term', { exact: true }).selectOption({ label: '3 years' });
  await page.getByRole('group', { name: 'Partner 1 (no name yet)' }).getByLabel('Name').click();
  await page.keyboard.press('Control+V');
  await page.getByRole('button', { name: 'Use these 10 rows' }).click();
  assert.equal(await readText(table), before, 'the same figures, to the penny');

  // And the CSV file the table downloads, chosen from disk, reads back the same.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download as CSV\W+contributions by partner and contract year/ }).click(),
  ]);
  const csv = join(screenshotDir, 'greater-manchester-contributions.csv');
  await download.saveAs(csv);
  await page.getByRole('button', { name: 'Start a new scenario' }).click();
  await page.getByLabel('Initial term', { exact: true }).selectOption({ label: '3 years' });
  await page.getByText('Paste partners from a spreadsheet or a CSV file').click();
  await page.getByLabel('Or choose a CSV file').first().setInputFiles(csv);
  await expectText(page.locator('.partners .paste-preview'), 'Preview: 10 rows read');
  await page.getByRole('button', { name: 'Use these 10 rows' }).click();
  assert.equal(await readText(table), before, 'the same figures from the CSV file');
  watcher.assertClean();
  await context.close();
});

test('the grid of partners and years works like a spreadsheet, and scrolls in its own region at 320 px', async () => {
  const { context, page, watcher } = await openWithClipboard();
  await pasteGreaterManchester(page);
  await page.getByLabel('Initial term', { exact: true }).selectOption({ label: '3 years' });
  await page.getByText('Apply a yearly uplift to several partners').click();
  await page.locator('.uplift-tool').getByLabel('Uplift each year, in per cent').fill('2.5');
  await page.getByRole('button', { name: 'Apply the uplift' }).click();
  await page.getByLabel('A grid of partners and years').check();
  const grid = page.getByRole('region', { name: 'Partners and their amounts by contract year' });
  const cell = (name, column) => grid.getByLabel(new RegExp(`^${name}: ${column}`));
  assert.equal(await cell('Bolton', 'Year 2,').inputValue(), '35,456.80', 'an uplifted year shows its real amount');
  await expectText(grid.getByRole('row', { name: /Total pooled budget/ }), '£307,724.00 £315,417.10');

  // Arrow keys, Enter and Escape, as in a spreadsheet.
  await cell('Bolton', 'annual').click();
  await page.keyboard.press('ArrowDown');
  assert.match(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), /^Bury: annual/);
  await page.keyboard.press('Enter');
  assert.match(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), /^Manchester: annual/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.match(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), /^Manchester: Year 2,/);
  await page.keyboard.type('70,000');
  await page.keyboard.press('Tab');
  await expectText(grid.getByRole('row', { name: /^Manchester/ }), '£200,690.43');
  assert.match(await cell('Manchester', 'Year 2,').getAttribute('aria-label'), /set for this year$/, 'a year typed apart is marked');
  await expectText(partnerRow(page, /^Manchester/), '£63,732.00 £70,000.00');
  await expectText(grid.getByRole('row', { name: /Total pooled budget/ }), '£307,724.00 £320,091.80');
  await cell('Wigan', 'annual').click();
  await page.keyboard.type('1');
  await page.keyboard.press('Escape');
  assert.equal(await cell('Wigan', 'annual').inputValue(), '28,800', 'Escape puts the cell back');
  await grid.screenshot({ path: join(screenshotDir, '15-grid.png') });
  await assertNoAxeViolations(page, 'the amounts grid');

  await page.setViewportSize({ width: 320, height: 800 });
  assert.equal(await scrollsSideways(page), false, 'the page does not scroll sideways at 320 px');
  await grid.evaluate((region) => { region.scrollLeft = 400; });
  const nameBox = await cell('Bolton', 'name').boundingBox();
  const regionBox = await grid.boundingBox();
  assert.ok(nameBox.x >= regionBox.x - 1, 'the names stay in view while the years scroll');
  const yearBox = await cell('Bolton', 'Year 2,').boundingBox();
  assert.ok(nameBox.x + nameBox.width < regionBox.x + regionBox.width - 80, 'the names leave room for the years at 320 px');
  assert.ok(yearBox.width > 60, 'a year cell is wide enough to read');
  await page.screenshot({ path: join(screenshotDir, '15-grid-320px.png') });
  watcher.assertClean();
  await context.close();
});

/** A scenario of `years` contract years (ten initial, then extensions) with twelve
 * partners, as a second option beside a shorter first. */
async function openWideScenario(page, title, years) {
  const partners = Array.from({ length: 12 }, (_, i) => ({
    name: `Borough Council ${String.fromCharCode(65 + i)}`, kind: 'council', annualContribution: (2300000 + i * 137917) / 100 + '',
  }));
  const initial = Math.min(years, 10);
  const extensions = years > 10 ? [{ months: (years - 10) * 6, takenUp: true }, { months: (years - 10) * 6, takenUp: true }] : [];
  const wide = { name: `${years}-year contract`, start: '2025-04', initialTermYears: initial, extensions, partners };
  const short = { name: 'Three-year contract', start: '2025-04', initialTermYears: 3, extensions: [], partners: partners.slice(0, 4) };
  const path = join(screenshotDir, `${title.replace(/\W+/g, '-')}.json`);
  const file = { format: 'funding-scenario-calculator', version: 2, scenario: { title, baselineOption: 1, shownOption: 2, options: [short, wide] } };
  await writeFile(path, JSON.stringify(file, null, 2));
  await page.getByLabel('Open a scenario file').setInputFiles(path);
  await expectText(page.locator('h1'), title);
}

for (const years of [10, 20]) {
  test(`a ${years}-year contract keeps Total and Share in view at 1280 px, and every share reaches the printed page`, async () => {
    const { context, page, watcher } = await openApp();
    await openWideScenario(page, `Wide contract of ${years} years`, years);
    const region = page.getByRole('region', { name: 'Contributions by partner and contract year' });
    await expectText(region, `Year ${years}`);
    const box = await region.boundingBox();
    assert.ok(box.x + box.width <= 1280, 'the table region fits the screen');
    for (const heading of ['Total', 'Share of pool']) {
      const cell = await region.getByRole('columnheader', { name: heading, exact: true }).boundingBox();
      assert.ok(cell.x >= box.x - 1 && cell.x + cell.width <= box.x + box.width + 1, `${heading} is in view`);
    }
    await region.evaluate((element) => { element.scrollLeft = element.scrollWidth; });
    const name = await region.getByRole('rowheader', { name: 'Borough Council A' }).boundingBox();
    assert.ok(name.x >= box.x - 1, 'the names stay in view at the far end of the years');
    await region.screenshot({ path: join(screenshotDir, `15-wide-${years}-years.png`) });

    const shares = await readTexts(region.locator('tbody tr td:last-child'));
    assert.equal(shares.length, 12);
    const pdf = join(screenshotDir, `wide-${years}-years.pdf`);
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/\s+/g, ' ');
    for (const share of shares) assert.ok(text.includes(share), `the printed page lacks the share ${share}`);
    assert.ok(text.includes(`Year ${years}`), 'the last year is printed');
    assert.ok(text.includes('Three-year contract'), 'the option not being edited is printed too');
    for (const control of ['Show the figures as a table', 'Copy table', 'Download as CSV', 'A grid of partners']) {
      assert.ok(!text.includes(control), `the printed page shows the control ${JSON.stringify(control)}`);
    }
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '3', pdf, join(screenshotDir, `wide-${years}-print`)]);
    watcher.assertClean();
    await context.close();
  });
}

test('one amount filled across a run of years for every partner, in one action', async () => {
  const { context, page, watcher } = await openWithClipboard();
  await pasteGreaterManchester(page);
  await page.getByLabel('Initial term', { exact: true }).selectOption({ label: '4 years' });
  await page.getByText('Fill an amount across years').click();
  await page.getByLabel('Amount for each year, in pounds').fill('30,000');
  await page.locator('.fill-tool').getByLabel('From contract year').fill('2');
  await page.getByLabel('To contract year').fill('3');
  await page.getByRole('button', { name: 'Fill the years' }).click();
  await expectText(page.locator('.fill-tool'), '£30,000.00 a year set in years 2 to 3 for 10 partners.');
  await expectText(partnerRow(page, /^Bolton/), '£34,592.00 £30,000.00 £30,000.00 £34,592.00');
  await expectText(page.getByRole('region', { name: 'Contributions by partner and contract year' }).getByRole('row', { name: /Total pooled budget/ }),
    '£307,724.00 £300,000.00 £300,000.00 £307,724.00');
  await page.locator('.fill-tool').screenshot({ path: join(screenshotDir, '15-fill-tool.png') });
  watcher.assertClean();
  await context.close();
});

test('the split tool adds the partners it splits among, in one step Back undoes', async () => {
  const { context, page, watcher } = await openWithClipboard();
  await page.getByRole('button', { name: 'Start a new scenario' }).click();
  await page.getByText('Split an amount among partners').click();
  await page.getByLabel('Partners to add, who share it too (optional)').fill('Hartlepool\nMiddlesbrough\nRedcar and Cleveland');
  await page.getByLabel('Amount to split each year, in pounds').fill('100,000');
  await page.getByRole('button', { name: 'Set their contributions' }).click();
  await expectText(page.locator('.split-tool'), 'Annual contributions set for 3 partners.');
  await expectText(partnerRow(page, /^Hartlepool/), '£33,333.34');
  await expectText(partnerRow(page, /^Redcar and Cleveland/), '£33,333.33');
  assert.equal(await page.locator('.partners .item').count(), 3, 'the empty partner was filled, not left');
  await expectText(headlineFigure(page, 'Pooled budget'), '£100,000.00 a year');
  await page.locator('.split-tool').screenshot({ path: join(screenshotDir, '15-split-adds.png') });
  await page.goBack();
  await expectText(headlineFigure(page, 'Pooled budget'), '£0.00 a year');
  watcher.assertClean();
  await context.close();
});
