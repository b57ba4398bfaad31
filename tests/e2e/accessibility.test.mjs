// WCAG 2.2 AA in a real browser: axe-core on every screen and state, a whole task by
// keyboard alone, announcements, and reflow at 320 CSS pixels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useServerAndBrowser, serveDist, watchPage, expectText, headlineFigure, screenshot,
  assertNoAxeViolations, focused, tabUntil, scrollsSideways, screenshotDir,
} from './harness.mjs';

const env = useServerAndBrowser();

async function openApp(path = '', viewport = { width: 1280, height: 900 }) {
  const context = await env.browser.newContext({ viewport, locale: 'en-GB', permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const watcher = await watchPage(page, env.server.origin);
  await page.goto(env.server.url + path);
  await page.locator('h1').waitFor();
  return { context, page, watcher };
}

test('axe-core finds no WCAG 2.2 A or AA violations in any screen or state', async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 320, height: 800 }]) {
    const where = `${viewport.width}px`;
    const { context, page, watcher } = await openApp('', viewport);
    await expectText(headlineFigure(page, 'Pooled budget'), '£262,000.00 a year');
    await assertNoAxeViolations(page, `South Yorkshire, ${where}`);

    const doncaster = page.getByRole('group', { name: 'Doncaster Council' });
    await doncaster.getByText('Different amounts in particular years').click();
    await assertNoAxeViolations(page, `amounts by year open, ${where}`);
    await page.getByText('Split an amount among partners').click();
    await page.getByLabel('In proportion to a figure, such as population').check();
    await page.getByRole('button', { name: 'Set their contributions' }).click();
    await assertNoAxeViolations(page, `split tool open with its error, ${where}`);

    await doncaster.getByLabel('Annual contribution, in pounds').fill('abc');
    await page.getByLabel('Year', { exact: true }).fill('1999');
    await page.getByLabel('Year', { exact: true }).press('Enter');
    await expectText(page.locator('#error-summary'), 'There is a problem');
    await assertNoAxeViolations(page, `errors shown, ${where}`);
    await screenshot(page, `a11y-errors-${where}.png`);

    await page.getByRole('button', { name: 'Add a partner' }).click();
    await page.getByRole('button', { name: 'Add an extension option' }).click();
    await assertNoAxeViolations(page, `partner and extension added, ${where}`);

    for (const preset of ['Cleveland Home Office grant with local match, 2022/23', 'South Yorkshire countywide pool, from February 2021']) {
      await page.getByLabel('Start from an example').selectOption({ label: preset });
      await page.getByRole('button', { name: 'Load example' }).click();
      await page.locator('#error-summary').waitFor({ state: 'detached' });
      await assertNoAxeViolations(page, `${preset}, ${where}`);
    }
    await screenshot(page, `a11y-default-${where}.png`);

    // The statement opens in a new tab, so nothing unsaved on screen is lost.
    const [statement] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('link', { name: 'Accessibility statement (opens in new tab)' }).click(),
    ]);
    await statement.getByRole('heading', { name: 'Accessibility statement for the funding scenario calculator' }).waitFor();
    assert.equal(await statement.title(), 'Accessibility statement – Funding scenario calculator');
    await assertNoAxeViolations(statement, `accessibility statement, ${where}`);
    assert.equal(await scrollsSideways(statement), false, `the statement scrolls sideways at ${where}`);
    await screenshot(statement, `a11y-statement-${where}.png`);
    await statement.getByRole('link', { name: 'Back to the calculator' }).click();
    await statement.getByRole('heading', { level: 1 }).filter({ hasText: 'South Yorkshire' }).waitFor();
    await statement.close();

    watcher.assertClean();
    await context.close();
  }
});

test('a keyboard-only user changes the term, adds a partner, fixes an amount via the error summary and copies the link', async () => {
  const { context, page, watcher } = await openApp();
  await expectText(headlineFigure(page, 'Pooled budget'), '£262,000.00 a year');

  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).text, 'Skip to main content', 'the skip link comes first');
  await page.keyboard.press('Enter');
  assert.equal((await focused(page)).id, 'main-content');

  await tabUntil(page, (f) => f.id === 'initial-term', 'the initial term');
  await page.keyboard.press('ArrowDown');
  await expectText(headlineFigure(page, 'Initial term (3 years)'), '£786,000.00');

  const add = await tabUntil(page, (f) => f.text === 'Add a partner', 'the Add a partner button');
  assert.equal(add.tag, 'BUTTON');
  const focusColour = await page.evaluate(() => getComputedStyle(document.activeElement).backgroundColor);
  assert.equal(focusColour, 'rgb(255, 221, 0)', 'focus is shown in yellow');
  await page.keyboard.press('Enter');
  const nameField = await focused(page);
  assert.match(nameField.id, /^partner-\d+-name$/, 'focus lands on the new partner\'s name');
  const partnerId = nameField.id.split('-')[1];
  await page.keyboard.type('NHS South Yorkshire');

  const amount = await tabUntil(page, (f) => f.id === `partner-${partnerId}-annual`, 'the new amount field');
  assert.ok(amount);
  await page.keyboard.type('10,0000');
  await page.keyboard.press('Enter');
  const summary = await focused(page);
  assert.equal(summary.id, 'error-summary', 'Enter with an error moves focus to the summary');
  await expectText(page.locator('.error-summary'), 'NHS South Yorkshire: annual contribution: Use commas only between groups of 3 digits');
  // Not "10,000", typed on the way to "10,0000": until the entry is fixed the figures
  // use what the field held before this edit began, £0.
  await expectText(headlineFigure(page, 'Pooled budget'), '£262,000.00 a year');
  await expectText(page.locator('.stale-notice'), 'These figures do not include 1 entry that needs fixing');

  const link = await tabUntil(page, (f) => f.tag === 'A' && f.text.includes('annual contribution'), 'the error link', { limit: 3 });
  assert.ok(link);
  await page.keyboard.press('Enter');
  assert.equal((await focused(page)).id, `partner-${partnerId}-annual`, 'the error link focuses the field');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('10,000');
  await page.keyboard.press('Tab');
  await page.locator('#error-summary').waitFor({ state: 'detached' });
  await expectText(headlineFigure(page, 'Pooled budget'), '£272,000.00 a year');
  assert.equal(await page.inputValue(`#partner-${partnerId}-annual`), '10,000');

  await tabUntil(page, (f) => f.text.startsWith('Remove') && f.text.includes('NHS South Yorkshire'), 'the new partner\'s Remove button');
  await page.keyboard.press('Enter');
  assert.equal((await focused(page)).id, 'partners-heading', 'after removing, focus goes to the partners heading');
  await expectText(headlineFigure(page, 'Pooled budget'), '£262,000.00 a year');

  await tabUntil(page, (f) => f.id === 'partner-3-move-up', 'Barnsley\'s Move up button');
  await page.keyboard.press('Enter');
  assert.equal((await focused(page)).id, 'partner-3-move-up', 'focus stays on the button after moving');
  await expectText(page.locator('.partner').first(), 'Doncaster Council');
  await expectText(page.locator('.partner').nth(1), 'Barnsley Council');

  // Copy the link, by keyboard: on along to the button after the results.
  await tabUntil(page, (f) => f.text === 'Copy link', 'the Copy link button', { limit: 300 });
  await page.keyboard.press('Enter');
  await expectText(page.locator('.share-panel__status').first(), 'Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /#v\d+\.[A-Za-z0-9_-]+$/);

  watcher.assertClean();
  await context.close();
});

test('new figures are announced politely, once, after typing stops', async () => {
  const { context, page, watcher } = await openApp();
  const region = page.locator('#figures-announcement');
  assert.equal(await region.getAttribute('aria-live'), 'polite');
  assert.equal((await region.innerText()).trim(), '', 'nothing is announced on opening');
  await page.evaluate(() => {
    window.announcements = [];
    const target = document.getElementById('figures-announcement');
    new MutationObserver(() => window.announcements.push(target.textContent.trim()))
      .observe(target, { childList: true, subtree: true, characterData: true });
  });
  const sheffield = page.getByRole('group', { name: 'Sheffield City Council' }).getByLabel('Annual contribution, in pounds');
  await sheffield.fill('');
  await sheffield.pressSequentially('70000', { delay: 80 });
  await expectText(region, 'Pooled budget £272,000.00 a year. Total with 2 extensions taken up over 4 years: £1,088,000.00.', { timeout: 4000 });
  await page.waitForTimeout(1200);
  const announcements = await page.evaluate(() => window.announcements.filter((text) => text !== ''));
  assert.equal(announcements.length, 1, `announced ${announcements.length} times: ${JSON.stringify(announcements)}`);
  watcher.assertClean();
  await context.close();
});

test('at 400% zoom (320 by 256 CSS pixels) nothing scrolls sideways and nothing sticks over the content', async () => {
  const { context, page, watcher } = await openApp('', { width: 320, height: 256 });
  await expectText(headlineFigure(page, 'Pooled budget'), '£262,000.00 a year');
  assert.equal(await scrollsSideways(page), false);
  assert.equal(await page.locator('.totals-bar').evaluate((bar) => getComputedStyle(bar).position), 'static');
  const amount = page.getByRole('group', { name: 'Rotherham Council' }).getByLabel('Annual contribution, in pounds');
  await amount.focus();
  const box = await amount.boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= 256, 'the focused field is in view');
  await page.screenshot({ path: `${screenshotDir}/a11y-zoom-400.png` });
  watcher.assertClean();
  await context.close();
});

test('axe-core finds no violations in the sharing states: notices, long links and file errors', async () => {
  const { readFile } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const fixture = await readFile(new URL('../../model/tests/fixtures/links/v1-cleveland-2022.txt', import.meta.url), 'utf8');
  const link = fixture.split('\n').find((line) => line.startsWith('link: ')).slice('link: '.length);
  const { context, page, watcher } = await openApp();
  await page.getByLabel('Scenario title').fill('My own plan');
  // Typing is kept once it pauses or the field is left: leave it, as a person would.
  await page.getByLabel('Scenario title').press('Tab');
  const shared = await context.newPage();
  await shared.goto(`${env.server.url}#${link}`);
  await shared.locator('.notice-banner').waitFor();
  await assertNoAxeViolations(shared, 'a link opened over a different draft');
  await shared.getByText('Scenarios set aside (1)').click();
  await assertNoAxeViolations(shared, 'set-aside list open');
  const cut = await context.newPage();
  await cut.goto(`${env.server.url}#${link.slice(0, 20)}`);
  await cut.locator('.notice-banner').waitFor();
  await assertNoAxeViolations(cut, 'a cut link');
  const broken = join(screenshotDir, 'not-a-scenario.json');
  const { writeFile } = await import('node:fs/promises');
  await writeFile(broken, '{"hello": "world"}');
  await cut.getByLabel('Open a scenario file').setInputFiles(broken);
  await cut.locator('#open-file-error').waitFor();
  await assertNoAxeViolations(cut, 'a file that is not a scenario');
  // The cut link shows the draft: the shared scenario, saved when it opened. Start
  // from the South Yorkshire example to make its link long.
  await cut.getByLabel('Start from an example').selectOption({ label: 'South Yorkshire countywide pool, from February 2021' });
  await cut.getByRole('button', { name: 'Load example' }).click();
  await cut.getByLabel('Scenario title').fill('x'.repeat(200));
  for (const name of ['Doncaster Council', 'Sheffield City Council', 'Barnsley Council', 'Rotherham Council']) {
    await cut.getByRole('group', { name }).getByLabel('Name').fill(`${name} ${'y'.repeat(190)}`);
  }
  await cut.locator('.share-panel .warning-text').waitFor();
  await assertNoAxeViolations(cut, 'a long link with its warning');
  watcher.assertClean();
  await context.close();
});

test('axe-core finds no violations in embed mode', async () => {
  const { context, page, watcher } = await openApp('?embed=1');
  await expectText(headlineFigure(page, 'Pooled budget'), '£262,000.00 a year');
  assert.equal(await page.locator('.app-header').count(), 0);
  await assertNoAxeViolations(page, 'embed mode');
  await page.screenshot({ path: `${screenshotDir}/a11y-embed.png` });
  watcher.assertClean();
  await context.close();
});

test('axe-core finds no violations with every disclosure open, nor with focus on each kind of control', async () => {
  const { context, page, watcher } = await openApp();
  await expectText(headlineFigure(page, 'Pooled budget'), '£262,000.00 a year');
  // Every disclosure open, as someone checking every figure would leave them; opening
  // one can show others inside it, so until none is left closed.
  const closed = page.locator('details:not([open]) > summary');
  for (let opened = 0; (await closed.count()) > 0 && opened < 200; opened += 1) {
    await closed.first().click();
  }
  await page.locator('#partner-1-year-1').waitFor();
  await page.locator('.chart__table table').first().waitFor();
  assert.equal(await page.locator('details:not([open])').count(), 0, 'every disclosure is open');
  await assertNoAxeViolations(page, 'every disclosure open');

  // Focus as the keyboard gives it, so each control shows its focus style.
  const controls = [
    ['link', page.getByRole('link', { name: 'Accessibility statement' })],
    ['button', page.getByRole('button', { name: 'Add a partner' })],
    ['summary', page.locator('summary').first()],
    ['text input', page.getByLabel('Scenario title')],
    ['select', page.getByLabel('Initial term', { exact: true })],
    ['radio', page.getByLabel('No rule')],
    ['checkbox', page.getByLabel('Take up extension 1 in this scenario')],
    ['scrolling table', page.getByRole('region', { name: 'Contributions by partner and contract year' })],
  ];
  for (const [kind, control] of controls) {
    await page.keyboard.press('Shift');
    await control.focus();
    assert.ok(await control.evaluate((element) => element.matches(':focus-visible')), `the ${kind} shows focus`);
    await assertNoAxeViolations(page, `focus on a ${kind}`);
  }
  await page.locator('summary').first().focus();
  await page.locator('summary').first().screenshot({ path: `${screenshotDir}/a11y-focus-summary.png` });
  watcher.assertClean();
  await context.close();
});
