// Sharing by link and never losing work, driven as a commissioner would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  useServerAndBrowser, serveDist, watchPage, expectText, headlineFigure, screenshot, screenshotDir,
} from './harness.mjs';

const env = useServerAndBrowser();

/** A fresh browser profile: its own storage and history, as on a colleague's machine. */
async function freshContext() {
  const context = await env.browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    permissions: ['clipboard-read', 'clipboard-write'],
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const watcher = await watchPage(page, env.server.origin);
  page.on('dialog', (dialog) => {
    watcher.dialogs.push(dialog.message());
    dialog.dismiss();
  });
  watcher.dialogs = [];
  return { context, page, watcher };
}

async function goldenLink(name) {
  const text = await readFile(new URL(`../../model/tests/fixtures/links/${name}`, import.meta.url), 'utf8');
  return text.split('\n').find((line) => line.startsWith('link: ')).slice('link: '.length);
}

const pool = (page) => headlineFigure(page, 'Pooled budget');

test('a copied link opens the same figures elsewhere; Back steps back; a reload keeps the work', async () => {
  const { context, page, watcher } = await freshContext();
  await page.goto(env.server.url);
  await expectText(pool(page), '£262,000.00 a year');

  const sheffield = page.getByRole('group', { name: 'Sheffield City Council' }).getByLabel('Annual contribution, in pounds');
  await sheffield.fill('70,000');
  await sheffield.press('Tab');
  await page.getByLabel('Take up extension 2 in this scenario').uncheck();
  await expectText(headlineFigure(page, 'Total with 1 extension taken up'), '£816,000.00');

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expectText(page.locator('.share-panel__status').first(), 'Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.getByLabel('Link to this scenario').inputValue());
  assert.match(copied, /^http:\/\/127\.0\.0\.1:\d+\/intranet\/tools\/funding\/#v\d+\.[A-Za-z0-9_-]+$/);
  assert.ok(copied.length < 300, `the link is ${copied.length} characters`);
  assert.equal(new URL(page.url()).hash, new URL(copied).hash, 'the address bar holds the scenario');
  await screenshot(page, 'share-copied.png');

  const colleague = await freshContext();
  await colleague.page.goto(copied);
  await expectText(pool(colleague.page), '£272,000.00 a year');
  await expectText(headlineFigure(colleague.page, 'Total with 1 extension taken up'), '£816,000.00');
  assert.equal(await colleague.page.locator('.notice-banner').count(), 0, 'a fresh browser has nothing to set aside');
  colleague.watcher.assertClean();
  await colleague.context.close();

  await page.goBack();
  await expectText(headlineFigure(page, 'Total with 2 extensions taken up'), '£1,088,000.00');
  await expectText(pool(page), '£272,000.00 a year');
  assert.equal(await page.getByLabel('Take up extension 2 in this scenario').isChecked(), true);
  await page.goForward();
  await expectText(headlineFigure(page, 'Total with 1 extension taken up'), '£816,000.00');

  await page.reload();
  await expectText(headlineFigure(page, 'Total with 1 extension taken up'), '£816,000.00');
  await expectText(pool(page), '£272,000.00 a year');

  // Without the link in the address bar, the saved draft comes back.
  await page.goto(env.server.url);
  await expectText(pool(page), '£272,000.00 a year');
  watcher.assertClean();
  await context.close();
});

test('a link cut in half shows a plain message, keeps the app usable and the saved draft reachable', async () => {
  const { context, page, watcher } = await freshContext();
  await page.goto(env.server.url);
  await page.getByLabel('Start from an example').selectOption({ label: 'Cleveland Home Office grant with local match, 2022/23' });
  await page.getByRole('button', { name: 'Load example' }).click();
  await expectText(headlineFigure(page, 'Total with no extensions taken up'), '£229,135.00');

  // The link is opened from an email: a new tab in the same env.browser.
  const link = await goldenLink('v1-south-yorkshire.txt');
  const tab = await context.newPage();
  const tabWatcher = await watchPage(tab, env.server.origin);
  await tab.goto(`${env.server.url}#${link.slice(0, Math.floor(link.length / 2))}`);
  const banner = tab.locator('.notice-banner');
  await expectText(banner, 'This link could not be opened');
  await expectText(banner, 'incomplete or has been changed');
  await expectText(banner, 'You are looking at the scenario you last worked on in this browser.');
  await expectText(headlineFigure(tab, 'Total with no extensions taken up'), '£229,135.00');
  await screenshot(tab, 'share-cut-link.png');

  await tab.getByRole('button', { name: 'Close this message' }).click();
  assert.equal(await banner.count(), 0);
  await tab.getByRole('button', { name: 'Add a partner' }).click();
  await expectText(tab.getByRole('group', { name: 'Partner 3 (no name yet)' }), 'Name');

  const future = await context.newPage();
  await future.goto(`${env.server.url}#v9.QUJD`);
  await expectText(future.locator('.notice-banner'), 'newer version of the calculator');
  await expectText(headlineFigure(future, 'Total with no extensions taken up'), '£229,135.00');
  tabWatcher.assertClean();
  watcher.assertClean();
  await context.close();
});

test('opening a link sets a different saved draft aside, and the user can go back to it', async () => {
  const { context, page, watcher } = await freshContext();
  await page.goto(env.server.url);
  const title = page.getByLabel('Scenario title');
  await title.fill('My own Rotherham plan');
  await expectText(page.locator('h1'), 'My own Rotherham plan');

  await page.close();
  const tab = await context.newPage();
  await tab.goto(`${env.server.url}#${await goldenLink('v1-cleveland-2022.txt')}`);
  const page2 = tab;
  await expectText(page2.locator('.notice-banner'), 'You opened a shared scenario');
  await expectText(page2.locator('.notice-banner'), 'Your own scenario “My own Rotherham plan” has been kept on this computer.');
  await expectText(headlineFigure(page2, 'Total with no extensions taken up'), '£229,135.00');
  await screenshot(page2, 'share-draft-set-aside.png');
  await page2.getByRole('button', { name: 'Go back to my scenario' }).click();
  await expectText(page2.locator('h1'), 'My own Rotherham plan');
  await expectText(pool(page2), '£262,000.00 a year');
  // The shared scenario was set aside in its turn, not lost.
  await page2.getByText('Scenarios set aside (1)').click();
  await expectText(page2.locator('.set-aside'), 'Cleveland perpetrator programme, 2022/23 delivery');
  // Back returns to the shared scenario too.
  await page2.goBack();
  await expectText(headlineFigure(page2, 'Total with no extensions taken up'), '£229,135.00');

  // A link pasted into the address bar of the open tab is treated the same way.
  await page2.goForward();
  await expectText(page2.locator('h1'), 'My own Rotherham plan');
  await page2.goto(`${env.server.url}#${await goldenLink('v1-south-yorkshire.txt')}`);
  await expectText(page2.locator('.notice-banner'), 'Your own scenario “My own Rotherham plan” has been kept');
  await expectText(page2.locator('h1'), 'South Yorkshire domestic abuse perpetrator programme');
  await page2.getByRole('button', { name: 'Go back to my scenario' }).click();
  await expectText(page2.locator('h1'), 'My own Rotherham plan');
  watcher.assertClean();
  await context.close();
});

test('names from a link are shown as text, never run as markup', async () => {
  const { context, page, watcher } = await freshContext();
  await page.goto(`${env.server.url}#${await goldenLink('v1-awkward.txt')}`);
  await expectText(page.getByRole('region', { name: 'Contributions by partner and contract year' }), '<img src=x onerror=alert(1)>');
  await expectText(page.locator('h1'), 'Cyngor Sir Ynys Môn & <b>partners</b>');
  assert.equal(await page.locator('main img').count(), 0, 'no image element was created');
  assert.equal(await page.locator('main b').count(), 0, 'no bold element was created');
  await page.waitForTimeout(300);
  assert.deepEqual(watcher.dialogs, [], 'no script ran');
  watcher.assertClean();
  await context.close();
});

test('a saved file opens with the same figures; broken and newer files change nothing', async () => {
  const { context, page, watcher } = await freshContext();
  await page.goto(env.server.url);
  const sheffield = page.getByRole('group', { name: 'Sheffield City Council' }).getByLabel('Annual contribution, in pounds');
  await sheffield.fill('70,000.50');
  await sheffield.press('Tab');
  await expectText(pool(page), '£272,000.50 a year');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as a file' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'south-yorkshire-domestic-abuse-perpetrator-programme.json');
  const saved = join(screenshotDir, 'saved-scenario.json');
  await download.saveAs(saved);
  const json = JSON.parse(await readFile(saved, 'utf8'));
  assert.equal(json.format, 'funding-scenario-calculator');
  assert.equal(json.version, 2);

  const colleague = await freshContext();
  await colleague.page.goto(env.server.url);
  await expectText(pool(colleague.page), '£262,000.00 a year');
  await colleague.page.getByLabel('Open a scenario file').setInputFiles(saved);
  await expectText(pool(colleague.page), '£272,000.50 a year');
  await expectText(colleague.page.locator('.share-panel'), 'Opened saved-scenario.json.');

  const newer = join(screenshotDir, 'newer-scenario.json');
  await writeFile(newer, JSON.stringify({ ...json, version: 6 }));
  await colleague.page.getByLabel('Open a scenario file').setInputFiles(newer);
  await expectText(colleague.page.locator('#open-file-error'), 'saved by a newer version of the calculator (file format 6)');
  await expectText(pool(colleague.page), '£272,000.50 a year');

  const broken = join(screenshotDir, 'broken-scenario.json');
  await writeFile(broken, (await readFile(saved, 'utf8')).slice(0, 100));
  await colleague.page.getByLabel('Open a scenario file').setInputFiles(broken);
  await expectText(colleague.page.locator('#open-file-error'), 'is not a scenario file from this calculator');
  await expectText(colleague.page.locator('#open-file-error'), 'Nothing on screen has been changed.');
  await expectText(pool(colleague.page), '£272,000.50 a year');
  await screenshot(colleague.page, 'share-broken-file.png');
  colleague.watcher.assertClean();
  await colleague.context.close();

  watcher.assertClean();
  await context.close();
});

test('a link over 1,000 characters comes with a plain warning', async () => {
  const { context, page, watcher } = await freshContext();
  await page.goto(env.server.url);
  const long = 'Quixotic jumbled wizardry vexes; ';
  await page.getByLabel('Scenario title').fill(long.repeat(6).slice(0, 200));
  for (const name of ['Doncaster Council', 'Sheffield City Council', 'Barnsley Council', 'Rotherham Council']) {
    await page.getByRole('group', { name }).getByLabel('Name').fill(`${name} ${long.repeat(6)}`.slice(0, 200));
  }
  const warning = page.locator('.share-panel .warning-text');
  await expectText(warning, 'characters long. Some email programs cut long links short.');
  const length = (await page.getByLabel('Link to this scenario').inputValue()).length;
  assert.ok(length > 1000);
  await expectText(warning, `This link is ${length.toLocaleString('en-GB')} characters long.`);
  watcher.assertClean();
  await context.close();
});

test('without a clipboard, the link is selected and the user is told how to copy it', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
    document.execCommand = () => false;
  });
  const page = await context.newPage();
  const watcher = await watchPage(page, env.server.origin);
  await page.goto(env.server.url);
  await expectText(pool(page), '£262,000.00 a year');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expectText(page.locator('.share-panel__status').first(), 'Your browser did not let the calculator copy the link. It is selected in the box above: press Ctrl+C');
  const selection = await page.evaluate(() => {
    const input = document.getElementById('share-link');
    return { focused: document.activeElement === input, start: input.selectionStart, end: input.selectionEnd, length: input.value.length };
  });
  assert.deepEqual(selection, { focused: true, start: 0, end: selection.length, length: selection.length });
  assert.ok(selection.length > 20);
  watcher.assertClean();
  await context.close();
});
