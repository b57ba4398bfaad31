// The agreement, not just the plan (issue 27): who bears an overspend and an underspend
// under each rule the published agreements use, read to the penny from the page with
// the tolerance flag; a contract published as a total over its term; a share of a total
// and a basis whose figures reach the method and the text, and the drift warning when
// the figures change; funding-group subtotals in the comparison; a one-off amount
// totalled once (issue 26); and a link that carries all of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  useServerAndBrowser, openCalculator, expectText, partnerRow, headlineFigure, screenshotDir,
  assertNoAxeViolations,
  readText, readTexts,
} from './harness.mjs';

const env = useServerAndBrowser();

/** £ amounts as the page writes them, from whole pence. */
function gbp(pence) {
  const sign = pence < 0n ? '-' : '';
  const size = pence < 0n ? -pence : pence;
  const pounds = (size / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}£${pounds}.${(size % 100n).toString().padStart(2, '0')}`;
}

/** `total` pence split in proportion to `weights` by the largest remainder, ties to the
 * earlier part: written here again, apart from the app, to check it. */
function largestRemainder(total, weights) {
  const sum = weights.reduce((a, b) => a + b, 0n);
  const sign = total < 0n ? -1n : 1n;
  const size = total * sign;
  const parts = weights.map((w) => (size * w) / sum);
  const left = size - parts.reduce((a, b) => a + b, 0n);
  const order = weights
    .map((w, i) => ({ i, r: (size * w) % sum }))
    .sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (let k = 0n; k < left; k += 1n) parts[order[Number(k)].i] += 1n;
  return parts.map((p) => p * sign);
}

const CONTRIBUTIONS = [15742333n, 7171167n]; // Cleveland: the grant and the local match, in pence
const NAMES = ['Home Office grant', 'Local match funding (PCC office and four councils)'];

/** Cleveland over two years, with the rules set and the actual spend entered. */
async function clevelandWith(page, { overspend, underspend, terms, actuals }) {
  await page.getByLabel('Or start from an example').selectOption('cleveland-2022');
  await page.getByRole('button', { name: 'Load example' }).click();
  await page.getByLabel('Initial term').selectOption('2');
  await page.locator('summary', { hasText: 'The basis for shares, the risk share' }).click();
  await page.getByLabel('An overspend', { exact: true }).selectOption(overspend);
  await page.getByLabel('An underspend', { exact: true }).selectOption(underspend);
  if (terms) await terms(page);
  await page.locator('summary', { hasText: 'Actual spend against the plan' }).click();
  await actuals(page);
}

/** Opens the method or the financial implications. */
async function showSection(page, name) {
  await page.getByRole('region', { name }).getByRole('button', { name: /^Show/ }).click();
}

/** Types into a field and leaves it, as a person does (the field may be renamed by
 * what is typed, so Tab goes to the page). */
async function typeAndLeave(locator, text) {
  await locator.fill(text);
  await locator.page().keyboard.press('Tab');
}

/** Each partner's part of each period's variance and its total, as the table shows them. */
async function partsOf(page, name) {
  const table = page.getByRole('region', { name: 'Who bears each variance' });
  const row = table.getByRole('row', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) });
  return readTexts(row.locator('td'));
}

const rules = [
  {
    rule: 'In proportion to contributions',
    overspend: 'proportion',
    underspend: 'proportion',
    year1: '240,591.76', // 11,456.76 over the plan of 229,135.00: a penny more than 5%
    year2: '220,000',
    expected: () => [largestRemainder(1145676n, CONTRIBUTIONS), largestRemainder(-913500n, CONTRIBUTIONS)],
    beyond: true,
  },
  {
    rule: 'Fixed percentages, 10/90 for an overspend and 50/50 for an underspend',
    overspend: 'fixed',
    underspend: 'fixed',
    terms: async (page) => {
      for (const [index, [over, under]] of [['10', '50'], ['90', '50']].entries()) {
        const partner = page.getByRole('group', { name: NAMES[index] });
        await partner.locator('summary', { hasText: 'Funding group' }).click();
        await typeAndLeave(partner.getByLabel('Its share of an overspend, in per cent'), over);
        await typeAndLeave(partner.getByLabel('Its share of an underspend, in per cent'), under);
      }
    },
    year1: '240,591.76',
    year2: '220,000',
    expected: () => [largestRemainder(1145676n, [1000n, 9000n]), largestRemainder(-913500n, [5000n, 5000n])],
    beyond: true,
  },
  {
    rule: 'Capped, with a risk pool of £5,000 and the local match at most £1,000',
    overspend: 'capped',
    underspend: 'proportion',
    terms: async (page) => {
      await typeAndLeave(page.getByLabel('Risk pool in each period, in pounds'), '5,000');
      const local = page.getByRole('group', { name: NAMES[1] });
      await local.locator('summary', { hasText: 'Funding group' }).click();
      await typeAndLeave(local.getByLabel('The most it bears of an overspend in a period, in pounds'), '1,000');
    },
    year1: '240,591.76',
    year2: '220,000',
    // The pool meets £5,000; the rest by contributions, the local match held at £1,000
    // and the grant bearing what is over it.
    expected: () => [[1145676n - 500000n - 100000n, 100000n], largestRemainder(-913500n, CONTRIBUTIONS)],
    pool: gbp(500000n),
    beyond: true,
  },
  {
    rule: 'Aligned: each partner bears the lines it leads; the evaluation at a fixed price',
    overspend: 'aligned',
    underspend: 'aligned',
    terms: async (page) => {
      for (const [line, lead] of [['Harbour Support Services', NAMES[0]], ["My Sister's Place", NAMES[1]]]) {
        const group = page.getByRole('group', { name: line });
        await group.locator('summary', { hasText: 'Who bears a variance on this line' }).click();
        await group.getByLabel('Led by').selectOption({ label: lead });
      }
      const evaluation = page.getByRole('group', { name: 'Barefoot Social Research (evaluation)' });
      await evaluation.locator('summary', { hasText: 'Who bears a variance on this line' }).click();
      await evaluation.getByLabel('At a fixed price: its variance is not shared').check();
    },
    byLine: {
      1: { 'Harbour Support Services': '125,000', "My Sister's Place": '101,000', 'Barefoot Social Research (evaluation)': '8,500' },
      2: { 'Harbour Support Services': '118,000' },
    },
    expected: () => [[380300n, 106200n], [-319700n, 0n]],
    fixed: gbp(50000n),
    beyond: false,
  },
];

for (const case_ of rules) {
  test(`an overspend and an underspend under “${case_.rule}”: each partner's part to the penny, and the tolerance`, async () => {
    const { context, page, watcher } = await openCalculator(env);
    await clevelandWith(page, {
      overspend: case_.overspend,
      underspend: case_.underspend,
      terms: case_.terms,
      actuals: async (page) => {
        if (case_.byLine) {
          for (const [year, lines] of Object.entries(case_.byLine)) {
            const period = page.locator('.actual-period', { hasText: `Actual spend in year ${year} (` });
            await period.locator('summary', { hasText: 'By cost line' }).click();
            for (const [line, amount] of Object.entries(lines)) {
              await typeAndLeave(period.getByLabel(`${line}: actual spend, in pounds`), amount);
            }
          }
        } else {
          await typeAndLeave(page.getByLabel(/^Actual spend in year 1 /), case_.year1);
          await typeAndLeave(page.getByLabel(/^Actual spend in year 2 /), case_.year2);
        }
      },
    });
    const [over, under] = case_.expected();
    for (const [index, name] of NAMES.entries()) {
      const cells = await partsOf(page, name);
      assert.deepEqual(cells, [gbp(over[index]), gbp(under[index]), gbp(over[index] + under[index])], name);
    }
    const variances = page.getByRole('region', { name: 'Who bears each variance' });
    if (case_.pool) await expectText(variances.getByRole('row', { name: /^Risk pool/ }), case_.pool);
    if (case_.fixed) await expectText(variances.getByRole('row', { name: /^Fixed-price lines/ }), case_.fixed);
    const flag = page.locator('.layout__results .saving-warning', { hasText: 'tolerance' });
    if (case_.beyond) {
      await expectText(flag, 'Beyond the 5.00% tolerance in year 1 (Apr 2022 to Mar 2023): the agreement\'s review clause is triggered.');
      await expectText(page.getByRole('region', { name: 'Actual spend against the plan' }).getByRole('row', { name: /^Year 1/ }), 'No: review');
    } else {
      assert.equal(await flag.count(), 0, 'no flag within the tolerance');
    }
    await showSection(page, 'Financial implications, ready to paste');
    await expectText(page.locator('.implications__text'), 'In year 1 (Apr 2022 to Mar 2023), the actual spend of');
    await page.getByRole('region', { name: 'Who bears each variance' }).screenshot({ path: join(screenshotDir, `27-variance-${case_.overspend}.png`) });
    await assertNoAxeViolations(page, `variance under ${case_.overspend}`);
    watcher.assertClean();
    await context.close();
  });
}

test('a contract published as a total over its term gives each year and each financial year', async () => {
  const { context, page, watcher } = await openCalculator(env);
  await page.getByRole('button', { name: 'Start a new scenario' }).click();
  await page.getByLabel('Month').selectOption('10');
  await typeAndLeave(page.getByLabel('Year', { exact: true }), '2021');
  await page.getByLabel('Initial term').selectOption('5');
  await typeAndLeave(page.getByRole('group', { name: 'Partner 1 (no name yet)' }).getByLabel('Name'), 'Ministry of Justice');
  const funder = page.getByRole('group', { name: 'Ministry of Justice' });
  await funder.getByLabel('How the amount is set').selectOption('over-years');
  await typeAndLeave(funder.getByLabel('Total, in pounds'), '2,331,951');
  await typeAndLeave(funder.getByLabel('Over how many years'), '5');
  await expectText(funder.locator('.worked-out'), '£466,390.20 a year');
  await expectText(headlineFigure(page, 'Pooled budget'), '£466,390.20 a year');
  await expectText(partnerRow(page, /^Ministry of Justice/), '£466,390.20 £466,390.20 £466,390.20 £466,390.20 £466,390.20 £2,331,951.00');
  const byYear = page.getByRole('region', { name: 'Pooled budget by financial year' });
  for (const [year, amount] of [['2021/22', '£233,195.10'], ['2022/23', '£466,390.20'], ['2025/26', '£466,390.20'], ['2026/27', '£233,195.10'], ['Total', '£2,331,951.00']]) {
    await expectText(byYear.getByRole('row', { name: new RegExp(`^${year}`) }), amount);
  }
  await showSection(page, 'How the figures are worked out');
  await expectText(page.locator('.method__list'), 'Ministry of Justice: £2,331,951.00 over 5 years, the same each year: £466,390.20 a year.');
  await funder.screenshot({ path: join(screenshotDir, '27-total-over-the-term.png') });
  await assertNoAxeViolations(page, 'a total over the term');
  watcher.assertClean();
  await context.close();
});

test('a share of a total, then a basis whose figures reach the method and the text, and the drift once the figures change', async () => {
  const { context, page, watcher } = await openCalculator(env);
  const tool = page.locator('.split-tool');
  await page.getByText('Split an amount among partners').click();
  await tool.getByLabel('Rotherham Council', { exact: true }).uncheck();
  await tool.getByLabel("South Yorkshire Police and Crime Commissioner's office", { exact: true }).uncheck();
  await page.getByLabel('Amount to split each year, in pounds').fill('621,662');
  await page.getByLabel('By percentage (adding up to 100%)').check();
  for (const [name, share] of [['Doncaster Council', '50'], ['Sheffield City Council', '25'], ['Barnsley Council', '25']]) {
    await tool.getByLabel(`Percentage for ${name}`).fill(share);
  }
  await tool.getByRole('button', { name: 'Set their contributions' }).click();
  await expectText(tool, "3 partners' contributions set as shares of the amount.");
  await showSection(page, 'How the figures are worked out');
  const shares = 'Shares of £621,662.00 a year: Doncaster Council 50.00% (£310,831.00), Sheffield City Council 25.00% (£155,415.50), Barnsley Council 25.00% (£155,415.50); the parts add up to £621,662.00 exactly.';
  await expectText(page.locator('.method__list'), shares);
  await showSection(page, 'Financial implications, ready to paste');
  await expectText(page.locator('.implications__text'), shares);
  await assertNoAxeViolations(page, 'shares of a total');

  // By population, for three councils: the figures, their source and date kept.
  await tool.getByLabel('Sheffield City Council', { exact: true }).uncheck();
  await tool.getByLabel('Rotherham Council', { exact: true }).check();
  await page.getByLabel('Amount to split each year, in pounds').fill('100,000');
  await page.getByLabel('In proportion to a figure, such as population').check();
  await tool.getByLabel('What the figures are').fill('population');
  await tool.getByLabel('Source').fill('ONS mid-year population estimates');
  await tool.getByLabel('Date of the figures').fill('mid-2023');
  for (const [name, figure] of [['Doncaster Council', '311000'], ['Barnsley Council', '246000'], ['Rotherham Council', '267000']]) {
    await tool.getByLabel(`Figure for ${name}`).fill(figure);
  }
  await tool.getByRole('button', { name: 'Set their contributions' }).click();
  await expectText(tool, "3 partners' contributions set in proportion to population, their figures kept with them.");
  await expectText(page.locator('.method__list'), 'Three contributions are set in proportion to population (ONS mid-year population estimates, mid-2023)');
  await expectText(page.locator('.method__list'), 'The figures: Doncaster Council 311,000 (37.74%), Barnsley Council 246,000 (29.85%), Rotherham Council 267,000 (32.40%).');
  const text = page.locator('.implications__text');
  await expectText(text, 'Three contributions are set in proportion to population (ONS mid-year population estimates, mid-2023), each its share of the figures applied to £100,000.00 a year:');
  await expectText(text.locator('tr', { hasText: '311,000' }), 'Doncaster Council 311,000 37.74% £37,742.72');
  await expectText(page.getByRole('region', { name: 'Shares by population' }).getByRole('row', { name: /^Barnsley Council/ }), '246,000 29.85% – £29,854.37');

  // Doncaster's share agreed at 37.74% of £100,000: it matches the figures, until
  // Barnsley's population is brought up to date.
  const doncaster = page.getByRole('group', { name: 'Doncaster Council' });
  await doncaster.getByLabel('How the amount is set').selectOption('share-of');
  await typeAndLeave(doncaster.getByLabel('Share, in per cent'), '37.74');
  await typeAndLeave(doncaster.getByLabel('Of a total a year, in pounds'), '100,000');
  assert.equal(await doncaster.getByLabel('Population (the figure for this line)').inputValue(), '311,000');
  assert.equal(await page.locator('.layout__results .saving-warning', { hasText: 'agreed shares' }).count(), 0);
  const barnsley = page.getByRole('group', { name: 'Barnsley Council' });
  await typeAndLeave(barnsley.getByLabel('Population (the figure for this line)'), '260,000');
  const drift = page.locator('.layout__results .saving-warning', { hasText: 'agreed shares' });
  await expectText(drift, 'The agreed shares differ from the current population figures (ONS mid-year population estimates, mid-2023): Doncaster Council is agreed at 37.74%, the figures give 37.11%.');
  await expectText(barnsley.locator('.worked-out'), '£31,026.25 a year');
  await drift.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(screenshotDir, '27-basis-drift.png') });
  await assertNoAxeViolations(page, 'the drift warning');
  watcher.assertClean();
  await context.close();
});

test('the comparison and the text give subtotals by funding group, and a group can be named', async () => {
  const { context, page, watcher } = await openCalculator(env);
  await page.getByLabel('Or start from an example').selectOption('south-yorkshire-options');
  await page.getByRole('button', { name: 'Load example' }).click();
  const comparison = page.getByRole('region', { name: /Options compared/ });
  await expectText(comparison.getByRole('row', { name: /^Councils: total for the term taken up/ }), '£848,000.00');
  await showSection(page, 'Financial implications, ready to paste');
  await expectText(page.locator('.implications__text'), 'In “Option 2: a programme in Doncaster only”, the councils fall by £648,000.00 (76.42%) and the Police and Crime Commissioner\'s office falls by £200,000.00 (100.00%).');
  await assertNoAxeViolations(page, 'groups in the comparison');

  for (const name of ['Doncaster Council', 'Rotherham Council']) {
    const partner = page.getByRole('group', { name });
    await partner.locator('summary', { hasText: 'Funding group' }).click();
    await typeAndLeave(partner.getByLabel('Funding group'), 'South Yorkshire east');
  }
  const groups = page.getByRole('region', { name: 'Contributions by funding group' });
  await expectText(groups.getByRole('row', { name: /^South Yorkshire east/ }), '£408,000.00');
  await expectText(groups.getByRole('row', { name: /^Councils/ }), '£440,000.00');
  await expectText(groups.getByRole('row', { name: /^Total pooled budget/ }), '£1,048,000.00');
  await groups.screenshot({ path: join(screenshotDir, '27-funding-groups.png') });
  await assertNoAxeViolations(page, 'a named funding group');
  watcher.assertClean();
  await context.close();
});

test('a one-off refurbishment is totalled once, not as a year', async () => {
  const { context, page, watcher } = await openCalculator(env);
  await page.getByLabel('Or start from an example').selectOption('cleveland-2022');
  await page.getByRole('button', { name: 'Load example' }).click();
  await page.getByLabel('Initial term').selectOption('3');
  await page.getByRole('button', { name: 'Add a cost line' }).click();
  await typeAndLeave(page.getByRole('group', { name: 'Cost line 4 (no name yet)' }).getByLabel('What it pays for'), 'Refurbishment of the refuge');
  const line = page.getByRole('group', { name: 'Refurbishment of the refuge' });
  await line.getByLabel('How the amount is set').selectOption('one-off');
  await typeAndLeave(line.getByLabel('One-off cost, in pounds'), '621,662');
  const plan = page.getByRole('region', { name: 'Spending by cost line, for the term taken up' });
  await expectText(plan.getByRole('row', { name: /^Refurbishment of the refuge/ }), '£621,662.00');
  const byYear = page.getByRole('region', { name: 'Spending by cost line and financial year' });
  assert.deepEqual(
    await readTexts(byYear.getByRole('row', { name: /^Refurbishment of the refuge/ }).locator('td')),
    ['£621,662.00', '£0.00', '£0.00', '£621,662.00'],
    'paid whole in its year, and once over the term',
  );
  await showSection(page, 'Financial implications, ready to paste');
  await expectText(page.locator('.implications__text'), 'Refurbishment of the refuge £621,662.00');
  await expectText(page.locator('.implications__text'), 'Refurbishment of the refuge: a one-off amount of £621,662.00, paid once in year 1 (Apr 2022 to Mar 2023).');
  assert.ok(!(await readText(page.locator('.implications__text'))).includes('£621,662.00 a year'), 'never “a year”');
  await assertNoAxeViolations(page, 'a one-off cost');
  watcher.assertClean();
  await context.close();
});

test('a link carries the agreement: opened elsewhere, the same parts of the variance', async () => {
  const { context, page, watcher } = await openCalculator(env);
  await clevelandWith(page, {
    overspend: 'proportion',
    underspend: 'proportion',
    actuals: async (page) => {
      await typeAndLeave(page.getByLabel(/^Actual spend in year 1 /), '240,591.76');
    },
  });
  const before = await partsOf(page, NAMES[0]);
  const address = page.url();
  assert.match(address, /#v5\./, 'the link is of format 5');
  const other = await openCalculator(env);
  await other.page.goto(address);
  await other.page.locator('h1').waitFor();
  assert.deepEqual(await partsOf(other.page, NAMES[0]), before);
  watcher.assertClean();
  other.watcher.assertClean();
  await other.context.close();
  await context.close();
});
