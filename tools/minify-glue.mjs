// Release builds (run by tools/post-build.mjs): minifies wasm-bindgen's JavaScript glue with
// terser, which Trunk 0.21 leaves as written (46.8 kB; 8.3 kB gzipped, 6.4 kB once
// minified), and gives index.html the new file's integrity hash, since the browser
// refuses a module whose hash differs. The file worker's scripts are minified too.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { integrity } from './integrity.mjs';
import { minify } from 'terser';

const folder = process.env.TRUNK_STAGING_DIR ?? 'dist';
const page = join(folder, 'index.html');
let html = readFileSync(page, 'utf8');
for (const name of readdirSync(folder).filter((n) => n.endsWith('.js'))) {
  const path = join(folder, name);
  const before = readFileSync(path);
  // The app's glue is a module that index.html names by its hash; the file worker's
  // glue and loader are classic worker scripts, loaded by name on first use.
  const module = html.includes(integrity(before));
  if (!module && !name.startsWith('file-worker')) {
    throw new Error(`index.html does not name ${name} by its integrity hash`);
  }
  const { code } = await minify(before.toString('utf8'), { module, compress: true, mangle: true });
  writeFileSync(path, code);
  if (module) html = html.replace(integrity(before), integrity(Buffer.from(code)));
}
writeFileSync(page, html);
