// Spreadsheet habits that should not trip people (issue 26): a block pasted into a cell
// of the grid fills from that cell, headings of any wording are read as headings and
// said so, a Total row is left out and checked, and amounts written as finance people
// write them ("£5.9m", "£262k") are read and echoed in full before use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import {
  useServerAndBrowser, openCalculator, expectText, screenshot, screenshotDir, assertNoAxeViolations,
} from './harness.mjs';

const env = useServerAndBrowser();
const openWithClipboard = () => openCalculator(env, { permissions: ['clipboard-read', 'clipboard-write'] });

/** Puts `text` on the clipboard, as copying cells in Excel does, and pastes it with the
 * keyboard into the field that has focus. */
async function pasteText(page, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+V');
}

test('three amounts pasted into a year cell of the grid fill that cell and the two to its right', async () => {
  const { context, page, watcher } = await openWithClipboard();
  await page.getByLabel('A grid of partners and years').check();
  const grid = page.getByRole('region', { name: 'Partners and their amounts by contract year' });
  const cell = (name, column) => grid.getByLabel(new RegExp(`^${name}: ${column}`));
  await cell('Sheffield City Council', 'Year 2,').click();
  await pasteText(page, '61000\t62,000\t£63k');
  await expectText(page.locator('.partners .paste-rows__status'), '3 cells filled from the cell the rows were pasted into.');
  for (const [year, shown] of [['Year 2,', '61,000'], ['Year 3,', '62,000'], ['Year 4,', '63,000']]) {
    assert.equal(await cell('Sheffield City Council', year).inputValue(), shown, year);
  }
  assert.equal(await cell('Sheffield City Council', 'Year 1,').inputValue(), '60,000', 'the year before is untouched');
  assert.equal(await page.locator('.paste-preview').count(), 0, 'no partner named “61000” is offered');
  await expectText(grid.getByRole('row', { name: /^Sheffield/ }), '£246,000.00');
  await grid.screenshot({ path: join(screenshotDir, '26-grid-paste.png') });
  await assertNoAxeViolations(page, 'a block pasted into the grid');
  watcher.assertClean();
  await context.close();
});

for (const [header, column] of [
  ['Council\tContribution 2024/25', 'Contribution 2024/25'],
  ['Council\tAmount', 'Amount'],
  ['Name\t2024/25', '2024/25'],
]) {
  test(`a header row “${header.replace('\t', ' / ')}” is read as headings, a Total row is reported, and £5.9m is read in full`, async () => {
    const { context, page, watcher } = await openWithClipboard();
    await page.getByRole('button', { name: 'Start a new scenario' }).click();
    await page.getByRole('group', { name: 'Partner 1 (no name yet)' }).getByLabel('Name').click();
    await pasteText(page, `${header}\r\nBolton Council\t£5.9m\r\nBury Council\t£262k\r\nTotal\t£6,162,000\r\n`);
    const preview = page.locator('.partners .paste-preview');
    await expectText(preview, `The first row was read as headings: “${header.split('\t')[0]}”, “${column}”.`);
    await expectText(preview, 'Row 4, “Total”, is left out: it equals the sum of the rows above, £6,162,000.00.');
    await expectText(preview, 'Bolton Council £5,900,000.00');
    await expectText(preview, 'Bury Council £262,000.00');
    await expectText(preview, 'Preview: 2 rows read');
    if (column === 'Amount') {
      await screenshot(page, '26-headings-and-total.png');
      await assertNoAxeViolations(page, 'headings and a total row in the preview');
    }
    await page.getByRole('button', { name: 'Use these 2 rows' }).click();
    await expectText(page.getByRole('group', { name: 'Bolton Council' }), 'Bolton Council');
    assert.equal(await page.getByRole('group', { name: 'Bolton Council' }).getByLabel('Annual contribution').inputValue(), '5,900,000');
    watcher.assertClean();
    await context.close();
  });
}

test('a Total row that disagrees with the rows above is said to', async () => {
  const { context, page, watcher } = await openWithClipboard();
  await page.getByRole('button', { name: 'Start a new scenario' }).click();
  await page.getByRole('group', { name: 'Partner 1 (no name yet)' }).getByLabel('Name').click();
  await pasteText(page, 'Bolton Council\t100\r\nBury Council\t200\r\nTotal\t400\r\n');
  await expectText(page.locator('.partners .paste-preview'), 'Row 3, “Total”, is left out: it says £400.00, but the rows above add up to £300.00.');
  watcher.assertClean();
  await context.close();
});

test('an amount typed as £5.9m is read as £5,900,000.00', async () => {
  const { context, page, watcher } = await openWithClipboard();
  const amount = page.getByRole('group', { name: 'Sheffield City Council' }).getByLabel('Annual contribution');
  await amount.fill('£5.9m');
  await amount.press('Tab');
  assert.equal(await amount.inputValue(), '5,900,000');
  await expectText(page.locator('.headline-figure').first(), '£6,102,000.00 a year');
  watcher.assertClean();
  await context.close();
});

/** How far down each page of `pdf` its text reaches, as a share of the space for it
 * (the page less its margins), leaving out the page number in the margin. */
function pageFill(pdf) {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-']).toString();
  const pages = [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)];
  return pages.map(([, , height, words]) => {
    const margin = (15 / 25.4) * 72;
    const bottoms = [...words.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)]
      .map(([, top, bottom]) => ({ top: Number(top), bottom: Number(bottom) }))
      .filter(({ top }) => top < Number(height) - margin);
    const lowest = Math.max(margin, ...bottoms.map(({ bottom }) => bottom));
    return (lowest - margin) / (Number(height) - 2 * margin);
  });
}

test('a 5+1-year contract prints as a decision paper: the option named, pages numbered, none a third full but the last', async () => {
  const { context, page, watcher } = await openWithClipboard();
  await page.getByLabel('Initial term', { exact: true }).selectOption({ label: '5 years' });
  await page.getByRole('button', { name: 'Remove extension 2' }).click();
  await expectText(page.locator('.headline-figures'), 'Total with 1 extension taken up');
  const pdf = join(screenshotDir, '26-five-plus-one.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/\s+/g, ' ');
  assert.ok(text.includes('Option “Countywide pool”'), 'the option printed is named');
  assert.ok(text.includes('South Yorkshire domestic abuse perpetrator programme'), 'and the scenario');
  const fill = pageFill(pdf);
  assert.ok(fill.length >= 2, `${fill.length} pages`);
  assert.ok(text.includes(`Page 2 of ${fill.length}`), 'pages are numbered “Page 2 of N”');
  console.log(`pages filled: ${fill.map((f) => `${Math.round(f * 100)}%`).join(', ')}`);
  fill.slice(0, -1).forEach((share, index) => {
    assert.ok(share >= 1 / 3, `page ${index + 1} of ${fill.length} is only ${Math.round(share * 100)}% full`);
  });
  execFileSync('pdftoppm', ['-png', '-r', '50', pdf, join(screenshotDir, '26-five-plus-one')]);
  watcher.assertClean();
  await context.close();
});
