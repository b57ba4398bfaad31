// Trunk's one post-build hook: the steps run one after another, because each changes
// files the next reads (the glue, index.html's hashes, then the compressed copies).
const release = process.env.TRUNK_PROFILE === 'release';
if (release) await import('./minify-glue.mjs');
if (release) await import('./short-names.mjs');
await import('./csp-hash.mjs');
if (release) await import('./precompress.mjs');
