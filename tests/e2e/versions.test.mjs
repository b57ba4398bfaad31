// What changed between two versions (issue 29): two South Yorkshire links differing
// in one partner's amount and one extension are compared, and the listed changes, the
// breakdown and the paragraph to paste are read from the page; the fingerprint of the
// figures is the same on screen, in the comparison and on paper, survives the link,
// and changes when a figure does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import {
  useServerAndBrowser, openCalculator, expectText, headlineFigure, screenshotDir,
  assertNoAxeViolations,
  readText,
} from './harness.mjs';

const env = useServerAndBrowser();

const fingerprintOnScreen = (page) => page.locator('#fingerprint .fingerprint');

async function settledFingerprint(page) {
  await fingerprintOnScreen(page).waitFor();
  return fingerprintOnScreen(page).innerText();
}

test('two South Yorkshire links, one amount and one extension apart, are compared', async () => {
  const { context, page, watcher } = await openCalculator(env, { permissions: ['clipboard-read', 'clipboard-write'] });
  const pool = headlineFigure(page, 'Pooled budget');
  await expectText(pool, '£262,000.00 a year');
  await page.waitForFunction(() => location.hash.length > 10);
  const earlierLink = await page.evaluate(() => location.href);
  const earlierPrint = await settledFingerprint(page);

  await page.getByLabel('Take up extension 2 in this scenario').uncheck();
  const sheffield = page.getByRole('group', { name: 'Sheffield City Council' });
  await sheffield.getByLabel('Annual contribution, in pounds').fill('70000');
  await expectText(pool, '£272,000.00 a year');
  const laterPrint = await settledFingerprint(page);
  assert.notEqual(laterPrint, earlierPrint, 'the fingerprint changes with the figures');

  const compare = page.getByRole('region', { name: 'Compare with another version' });
  await compare.getByLabel('A link to the earlier version').fill(earlierLink);
  await compare.getByRole('button', { name: 'Compare' }).click();

  const changed = compare.getByRole('table', { name: 'What changed' });
  await expectText(changed.getByRole('row', { name: /Sheffield City Council's annual contribution/ }), '£60,000.00');
  await expectText(changed.getByRole('row', { name: /Sheffield City Council's annual contribution/ }), '£70,000.00');
  await expectText(changed.getByRole('row', { name: /Extension 2/ }), 'not taken up');

  const steps = compare.getByRole('table', { name: 'Why each total changed, step by step' });
  await expectText(steps.getByRole('row', { name: /Extension 2/ }), '−£262,000.00');
  await expectText(steps.getByRole('row', { name: /Sheffield City Council/ }), '£30,000.00');
  const words = (await readText(compare.locator('#compare-words'))).replace(/\s+/g, ' ');
  assert.match(words, /Sheffield City Council's contribution has risen from £60,000\.00 to £70,000\.00 a year, adding £30,000\.00/);
  assert.match(words, /fallen from £1,048,000\.00 to £816,000\.00/);
  assert.ok(await compare.locator('svg[role="img"]').count() >= 1, 'a waterfall chart is drawn');
  await compare.getByRole('button', { name: 'Copy the paragraph' }).click();
  await expectText(compare, 'The paragraph was copied.');
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return { plain: await (await item.getType('text/plain')).text(), html: await (await item.getType('text/html')).text() };
  });
  assert.match(copied.plain, /^Since the earlier version, extension 2 is no longer taken up/);
  assert.match(copied.html, /^<p>Since the earlier version/);
  const fingerprints = await readText(compare.locator('.compare__fingerprints'));
  assert.ok(fingerprints.includes(laterPrint) && fingerprints.includes(earlierPrint),
    `the comparison names both fingerprints: ${fingerprints}`);
  await compare.screenshot({ path: join(screenshotDir, '40-versions-compared.png') });
  await assertNoAxeViolations(page, 'two versions compared');

  const pdf = join(screenshotDir, 'versions-print.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  const printed = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/\s+/g, ' ');
  assert.equal(printed.match(/Fingerprint of (\S+)/)?.[1], laterPrint, 'the paper carries the fingerprint on screen');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as a file' }).click(),
  ]);
  const saved = join(screenshotDir, 'versions-saved.json');
  await download.saveAs(saved);
  assert.equal(JSON.parse(await readFile(saved, 'utf8')).fingerprint, laterPrint, 'the file carries the fingerprint on screen');

  const later = await page.evaluate(() => location.href);
  const again = await context.newPage();
  await again.goto(later);
  await again.locator('h1').waitFor();
  assert.equal(await settledFingerprint(again), laterPrint, 'the link carries the same fingerprint');
  watcher.assertClean();
  await context.close();
});

test('the version details print in the paper\'s header', async () => {
  const { context, page, watcher } = await openCalculator(env);
  await page.locator('summary', { hasText: 'Version details for the paper' }).click();
  await page.getByLabel('Version', { exact: true }).fill('March paper');
  await page.getByLabel('Author').fill('Finance, Sheffield City Council');
  await page.getByLabel('Status').selectOption('for-decision');
  const date = page.getByLabel('Date', { exact: true });
  await date.fill('31/2/2026');
  await date.press('Tab');
  await expectText(page.locator('#version-date-error'), 'Enter a real date, like 3 March 2026 or 3/3/2026');
  await date.fill('3/3/2026');
  await date.press('Tab');
  await assertNoAxeViolations(page, 'version details given');
  const pdf = join(screenshotDir, 'version-details-print.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  const printed = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/\s+/g, ' ');
  for (const text of ['Version March paper', 'Status For decision', 'Author Finance, Sheffield City Council', 'Dated 3 March 2026']) {
    assert.ok(printed.includes(text), `printed: ${text}`);
  }
  const reopened = await context.newPage();
  await reopened.goto(await page.evaluate(() => location.href));
  await reopened.locator('summary', { hasText: 'Version details for the paper' }).waitFor();
  assert.equal(await reopened.getByLabel('Version', { exact: true }).inputValue(), 'March paper', 'the link keeps the version details');
  watcher.assertClean();
  await context.close();
});
