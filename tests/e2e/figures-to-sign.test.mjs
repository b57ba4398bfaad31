// Figures a finance officer can sign: shares that agree everywhere, typed text that
// never silently becomes a figure, and match funding stated as grants state it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  useServerAndBrowser, openCalculator, expectText, headlineFigure, screenshot, screenshotDir,
  assertNoAxeViolations,
  readText,
} from './harness.mjs';

const env = useServerAndBrowser();

const openApp = () => openCalculator(env);

/** A scenario file of one option, one year, with these partners ([name, kind, pounds]). */
async function scenarioFile(name, partners, matchRule) {
  const option = {
    name: 'Option 1',
    start: '2025-04',
    initialTermYears: 1,
    extensions: [],
    partners: partners.map(([partner, kind, pounds]) => ({
      name: partner, kind, annualContribution: `${pounds}.00`,
    })),
  };
  if (matchRule) option.matchRule = matchRule;
  const file = {
    format: 'funding-scenario-calculator',
    version: matchRule?.minimumShareOfGrant ? 3 : 2,
    scenario: { title: name, options: [option] },
  };
  const path = join(screenshotDir, `${name.replace(/\W+/g, '-')}.json`);
  await writeFile(path, JSON.stringify(file, null, 2));
  return path;
}

async function open(page, path) {
  await page.getByLabel('Open a scenario file').setInputFiles(path);
  await expectText(page.locator('.share-panel__status').last(), 'Opened');
}

/** The share shown in the contributions table for the partner named. */
async function share(page, name) {
  const row = page.locator('.table--figures tbody tr').filter({ has: page.locator('th', { hasText: name }) }).first();
  return (await readText(row.locator('td').last())).trim();
}

const GREATER_MANCHESTER = [
  ['Bolton', 34592], ['Bury', 23700], ['Manchester', 63732], ['Oldham', 25800], ['Rochdale', 24300],
  ['Salford', 27000], ['Stockport', 27600], ['Tameside', 26400], ['Trafford', 25800], ['Wigan', 28800],
];

test('equal payers show equal shares, and the table says why they may not add up to 100%', async () => {
  const { context, page, watcher } = await openApp();
  await open(page, await scenarioFile('Greater Manchester pool',
    GREATER_MANCHESTER.map(([name, pounds]) => [`${name} Council`, 'council', pounds])));
  await expectText(headlineFigure(page, 'Pooled budget'), '£307,724.00 a year');
  assert.equal(await share(page, 'Oldham Council'), '8.38%');
  assert.equal(await share(page, 'Trafford Council'), '8.38%');
  await expectText(page.locator('#shares-note'), 'Shares are rounded separately and may not add up to exactly 100%');
  await expectText(page.locator('.table--figures tfoot').first(), '100.00%');
  await page.locator('.table--figures').first().screenshot({ path: `${screenshotDir}/13-greater-manchester-shares.png` });

  await open(page, await scenarioFile('Seven equal partners',
    ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((letter) => [`Partner ${letter}`, 'council', 10000])));
  for (const letter of ['A', 'B', 'C', 'D', 'E', 'F', 'G']) {
    assert.equal(await share(page, `Partner ${letter}`), '14.29%', `Partner ${letter}`);
  }
  await expectText(page.locator('#shares-note'), 'may not add up to exactly 100%');
  await assertNoAxeViolations(page, 'shares that do not add up, with their note');
  watcher.assertClean();
  await context.close();
});

test('a partner shows one share everywhere, and a rule is judged as its words say', async () => {
  const { context, page, watcher } = await openApp();
  // A grant entered as two lines, and one local partner providing the match.
  await open(page, await scenarioFile('Two-line grant', [
    ['Home Office grant, first half', 'grant', 100000],
    ['Home Office grant, second half', 'grant', 86305],
    ['Hartlepool Borough Council', 'council', 13777],
  ], { minimumLocalShare: '6.89' }));
  const tableShare = await share(page, 'Hartlepool Borough Council');
  assert.equal(tableShare, '6.89%');
  const match = page.locator('#match-funding');
  await expectText(match, `(${tableShare} of the total; `);
  // 6.8856…% rounds to 6.89% but is below a 6.89% rule: the words say so, exactly.
  await expectText(match, 'Not met');
  await expectText(match, `${tableShare} (exactly 6.8856…%) of the total is below the 6.89% required`);
  await match.screenshot({ path: `${screenshotDir}/13-match-exact.png` });
  watcher.assertClean();
  await context.close();
});

test('a rule on a share of the grant, as grant agreements state it', async () => {
  const { context, page, watcher } = await openApp();
  await page.getByLabel('Start from an example').selectOption({ label: 'Cleveland Home Office grant with local match, 2022/23' });
  await page.getByRole('button', { name: 'Load example' }).click();
  await page.getByLabel(/at least a share of the grants/).check();
  await page.getByLabel('Smallest local match, as a share of the grants, in per cent').fill('10');
  const match = page.locator('#match-funding');
  await expectText(match, '£71,711.67 (31.30% of the total; 45.55% of the grants)');
  await expectText(match, 'Met: 45.55% of the grants, at least the 10.00% required.');
  await page.getByLabel('Smallest local match, as a share of the grants, in per cent').fill('50');
  await expectText(match, 'Not met: 45.55% of the grants is below the 50.00% required.');
  await match.screenshot({ path: `${screenshotDir}/13-match-share-of-grant.png` });
  assert.match(new URL(page.url()).hash, /^#v[34]\./, 'a link that needs format 3 or later says so');
  await assertNoAxeViolations(page, 'a rule on a share of the grants');
  watcher.assertClean();
  await context.close();
});

test('typing "1 000" key by key ends as £1,000.00, and text that is not a figure survives a reload', async () => {
  const { context, page, watcher } = await openApp();
  const pool = headlineFigure(page, 'Pooled budget');
  const sheffield = page.getByRole('group', { name: 'Sheffield City Council' }).getByLabel('Annual contribution, in pounds');
  await sheffield.fill('');
  await sheffield.pressSequentially('1 000', { delay: 30 });
  await expectText(pool, '£203,000.00 a year');
  await sheffield.press('Tab');
  assert.equal(await sheffield.inputValue(), '1,000');

  // Text that is not an amount: the figures keep the value from before the edit, and
  // say which field holds them back.
  const doncaster = page.getByRole('group', { name: 'Doncaster Council' }).getByLabel('Annual contribution, in pounds');
  await doncaster.fill('52 00');
  await doncaster.press('Tab');
  await expectText(page.getByRole('group', { name: 'Doncaster Council' }), 'Use spaces only between groups of 3 digits, like 1 250 000');
  await expectText(pool, '£203,000.00 a year');
  await expectText(page.locator('.stale-notice'), 'Doncaster Council: annual contribution – figures use £52,000.00 until it is fixed');
  await screenshot(page, '13-held-back.png');

  await page.reload();
  await page.locator('h1').waitFor();
  const again = page.getByRole('group', { name: 'Doncaster Council' }).getByLabel('Annual contribution, in pounds');
  assert.equal(await again.inputValue(), '52 00', 'what was typed is still there');
  await expectText(page.getByRole('group', { name: 'Doncaster Council' }), 'Use spaces only between groups of 3 digits');
  await expectText(page.locator('.error-summary'), 'Doncaster Council: annual contribution');
  await expectText(headlineFigure(page, 'Pooled budget'), '£203,000.00 a year');
  await screenshot(page, '13-after-reload.png');
  await again.fill('£ 52 000');
  await again.press('Tab');
  assert.equal(await page.locator('.error-summary').count(), 0);
  await expectText(headlineFigure(page, 'Pooled budget'), '£203,000.00 a year');
  watcher.assertClean();
  await context.close();
});
