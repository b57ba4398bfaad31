// Show the working: every figure on the results side says how it is worked out, by
// mouse, keyboard and screen reader, with the actual numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import {
  useServerAndBrowser, openCalculator, expectText, focused, tabUntil, screenshotDir, assertNoAxeViolations,
} from './harness.mjs';

const env = useServerAndBrowser();

const openApp = () => openCalculator(env);

/** Tabs from the start of a table's region to the figure whose name starts `label`,
 * opens its working with Enter and returns the dialog's text. */
async function workingByKeyboard(page, region, label) {
  await page.getByRole('region', { name: region }).focus();
  await tabUntil(page, (f) => (f.label ?? '').startsWith(label), label, { limit: 80 });
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  return dialog;
}

test('the working of a financial year, a share and a term total, opened by keyboard', async () => {
  const { context, page, watcher } = await openApp();
  const dialog = await workingByKeyboard(page, 'Contributions by partner and contract year', '19.85%, Doncaster Council, share of the pool');
  await expectText(dialog, "Doncaster Council's share of the pool: 19.85%");
  await expectText(dialog, '£208,000.00 ÷ £1,048,000.00 = 19.8473…%');
  await expectText(dialog, 'Rounded to two decimal places, halves away from zero: 19.85%.');
  await dialog.screenshot({ path: join(screenshotDir, '16-working-share.png') });
  await assertNoAxeViolations(page, 'the working of a share');
  await page.keyboard.press('Escape');
  await assert.equal(await page.getByRole('dialog').count(), 0, 'Escape closes the working');
  assert.match((await focused(page)).label ?? '', /^19\.85%, Doncaster Council/, 'focus goes back to the figure');

  await page.getByLabel('Take up extension 1 in this scenario').uncheck();
  const year = await workingByKeyboard(page, 'Pooled budget by financial year', '£43,666.67, 2020/21');
  await expectText(year, 'Pooled budget, 2020/21: £43,666.67');
  await expectText(year, '2 of the 12 months of Year 1 (Feb 2021 to Jan 2022): £262,000.00 × 2 ÷ 12 = £43,666.67, rounded to the penny');
  await page.getByRole('button', { name: 'Close' }).click();

  const term = await workingByKeyboard(page, 'Contract value by length of contract', '£786,000.00, With extension 1');
  await expectText(term, 'With extension 1: £786,000.00');
  await expectText(term, 'Total: £262,000.00 + £262,000.00 + £262,000.00 = £786,000.00.');
  await page.keyboard.press('Escape');

  // By mouse, from a headline card.
  await page.getByRole('button', { name: /How it is worked out\W+the pooled budget a year/ }).click();
  await expectText(page.getByRole('dialog'), 'Year 1: Feb 2021 to Jan 2022: £52,000.00 + £60,000.00 + £50,000.00 + £50,000.00 + £50,000.00 = £262,000.00.');
  await page.keyboard.press('Escape');
  watcher.assertClean();
  await context.close();
});

test('the method lists the rules that apply, and the financial implications copy as plain text and HTML', async () => {
  const { context, page, watcher } = await openCalculator(env, { permissions: ['clipboard-read', 'clipboard-write'] });

  const method = page.getByRole('region', { name: 'How the figures are worked out' });
  await method.getByRole('button', { name: /^Show/ }).click();
  await expectText(method, 'The contract starts in February 2021 with an initial term of 2 years, to January 2023.');
  await expectText(method, 'Extension 1 (1 year, to January 2024): taken up; Extension 2 (1 year, to January 2025): taken up.');
  const doncaster = page.getByRole('group', { name: 'Doncaster Council' });
  await doncaster.getByText('Different amounts in particular years, or a yearly uplift').click();
  const uplift = doncaster.getByLabel('Uplift each year, in per cent');
  await uplift.fill('2.5');
  await uplift.press('Tab');
  await expectText(method, "Doncaster Council's contribution rises by 2.50% a year from year");
  await uplift.fill('');
  await uplift.press('Tab');
  await method.screenshot({ path: join(screenshotDir, '16-method.png') });

  const text = page.getByRole('region', { name: 'Financial implications, ready to paste' });
  await text.getByRole('button', { name: /^Show/ }).click();
  for (const expected of ['£262,000.00 a year', 'at a total cost of £524,000.00', 'With both extensions taken up, the total is £1,048,000.00 over 4 years, to January 2025.',
    'Doncaster Council £52,000.00 £208,000.00 19.85%', 'Sheffield City Council £60,000.00 £240,000.00 22.90%']) {
    await expectText(text, expected);
  }
  await text.getByRole('button', { name: /^Copy the text/ }).click();
  await expectText(text, 'Copied. Paste it into the report');
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return { types: item.types, plain: await (await item.getType('text/plain')).text(), html: await (await item.getType('text/html')).text() };
  });
  assert.deepEqual([...copied.types].sort(), ['text/html', 'text/plain']);
  assert.match(copied.plain, /Doncaster Council\t£52,000\.00\t£208,000\.00\t19\.85%/);
  assert.match(copied.html, /<table[^>]*>.*<td>Doncaster Council<\/td><td>£52,000\.00<\/td>/);
  await text.screenshot({ path: join(screenshotDir, '16-implications.png') });
  await assertNoAxeViolations(page, 'the method and the financial implications shown');
  await page.setViewportSize({ width: 320, height: 800 });
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320, 'no sideways scrolling at 320 px, with a partner\'s years open');
  await assertNoAxeViolations(page, 'the method and the financial implications shown, at 320 px');
  await page.setViewportSize({ width: 1280, height: 900 });

  const pdf = join(screenshotDir, 'working-print.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  const printed = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/\s+/g, ' ');
  assert.ok(printed.includes('How the figures are worked out'), 'the appendix is printed');
  assert.ok(printed.includes('Each share is the partner'), 'the method is printed');
  assert.ok(printed.includes('Financial implications, ready to paste'), 'the text is printed');
  assert.ok(!printed.includes('Copy the text'), 'no controls on paper');
  watcher.assertClean();
  await context.close();
});

test('the working waits for its part of the calculator, and says so when that cannot load', async () => {
  // Loaded slowly: the dialog opens at once, says it is working, then shows the working.
  const slow = await openApp();
  await slow.page.route('**/file-worker_bg.wasm*', async (route) => {
    await new Promise((resolve) => { setTimeout(resolve, 1500); });
    await route.continue();
  });
  await slow.page.getByRole('button', { name: /How it is worked out\W+the pooled budget a year/ }).click();
  const dialog = slow.page.getByRole('dialog');
  await expectText(dialog, 'Working it out…');
  await dialog.screenshot({ path: join(screenshotDir, '16-working-waiting.png') });
  await expectText(dialog, 'Year 1: Feb 2021 to Jan 2022: £52,000.00 + £60,000.00 + £50,000.00 + £50,000.00 + £50,000.00 = £262,000.00.');
  assert.equal(await dialog.getByText('Working it out…').count(), 0, 'the wait is no longer said');
  await slow.page.keyboard.press('Escape');
  slow.watcher.assertClean();
  await slow.context.close();

  // Not loaded at all: said in the dialog, nothing else changed; once it can load, the
  // next figure chosen shows its working.
  const { context, page } = await openApp();
  await page.route('**/file-worker*', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.getByRole('button', { name: /How it is worked out\W+the pooled budget a year/ }).click();
  await expectText(page.getByRole('dialog'), 'The part of the calculator that shows how figures are worked out could not load. Your work is unchanged.');
  await page.getByRole('dialog').screenshot({ path: join(screenshotDir, '16-working-failed.png') });
  await page.keyboard.press('Escape');
  assert.equal(await page.getByRole('dialog').count(), 0, 'Escape closes it');
  await page.unroute('**/file-worker*');
  await page.route('**/file-worker_bg.wasm*', async (route) => {
    await new Promise((resolve) => { setTimeout(resolve, 1000); });
    await route.continue();
  });
  await page.getByRole('button', { name: /How it is worked out\W+the pooled budget a year/ }).click();
  await expectText(page.getByRole('dialog'), 'Working it out…');
  assert.equal(await page.getByRole('dialog').getByText('could not load').count(), 0, 'the failure before is not shown again while waiting');
  await expectText(page.getByRole('dialog'), '£52,000.00 + £60,000.00');
  await context.close();
});
