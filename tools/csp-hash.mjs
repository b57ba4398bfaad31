// Run by tools/post-build.mjs after every build: puts the SHA-256 of the inline start-up script Trunk writes
// into the page's Content-Security-Policy, so the policy needs no 'unsafe-inline'.
// Fails the build if the page has no placeholder or not exactly one inline script.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const page = join(process.env.TRUNK_STAGING_DIR ?? 'dist', 'index.html');
const html = readFileSync(page, 'utf8');
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
if (inline.length !== 1) {
  console.error(`csp-hash: expected one inline script in ${page}, found ${inline.length}`);
  process.exit(1);
}
const hash = createHash('sha256').update(inline[0][1], 'utf8').digest('base64');
if (!html.includes('INLINE_SCRIPT_HASH')) {
  console.error(`csp-hash: no INLINE_SCRIPT_HASH placeholder in ${page}`);
  process.exit(1);
}
writeFileSync(page, html.replaceAll('INLINE_SCRIPT_HASH', `sha256-${hash}`));
