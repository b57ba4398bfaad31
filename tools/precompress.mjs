// Release builds (run by tools/post-build.mjs): writes a brotli (`.br`, quality 11) and a
// gzip (`.gz`, level 9) copy beside each file of the build, so a server can send the
// smallest copy a browser accepts without compressing on every request
// (docs/deployment.md shows nginx, Apache, IIS and plain static hosts).
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const folder = process.env.TRUNK_STAGING_DIR ?? 'dist';
for (const name of readdirSync(folder)) {
  const path = join(folder, name);
  if (name.endsWith('.br') || name.endsWith('.gz') || !statSync(path).isFile()) continue;
  const body = readFileSync(path);
  writeFileSync(`${path}.br`, brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  }));
  writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
}
