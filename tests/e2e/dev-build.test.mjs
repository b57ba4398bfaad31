// The debug app (tools/build --dev, in target/dev-dist/) reports a panic's message and
// place in the console, where the release app has only a bare trap; and the release
// app has no way to be made to panic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useServerAndBrowser, serveDist, BASE_PATH } from './harness.mjs';

const env = useServerAndBrowser();
const devDist = fileURLToPath(new URL('../../target/dev-dist/', import.meta.url));

/** Opens `url` and gathers the console's errors and the page's uncaught errors. */
async function errorsOn(url) {
  const context = await env.browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  await page.goto(url);
  await page.locator('h1').waitFor();
  await page.waitForTimeout(300);
  const heading = await page.locator('h1').innerText();
  await context.close();
  return { errors, heading };
}

test('the debug app says what panicked and where, in the console', async () => {
  const dev = await serveDist({ folder: join(devDist), base: BASE_PATH });
  try {
    const quiet = await errorsOn(dev.url);
    assert.deepEqual(quiet.errors, [], 'the debug app runs without errors');
    assert.equal(quiet.heading, 'South Yorkshire domestic abuse perpetrator programme');
    const { errors } = await errorsOn(`${dev.url}?dev-panic`);
    const reported = errors.find((text) => text.includes('a panic asked for with ?dev-panic'));
    assert.ok(reported, `the panic's message is reported: ${JSON.stringify(errors)}`);
    assert.match(reported, /panicked at src\/dev\.rs:\d+:\d+/, 'with the place it happened');
  } finally {
    await dev.close();
  }
});

test('the release app cannot be asked to panic', async () => {
  const { errors, heading } = await errorsOn(`${env.server.url}?dev-panic`);
  assert.deepEqual(errors, []);
  assert.equal(heading, 'South Yorkshire domestic abuse perpetrator programme');
});
