// Trunk's one post-build hook: the steps run one after another, because each changes
// files the next reads (index.html's hashes, then the compressed copies).
const release = process.env.TRUNK_PROFILE === 'release';
if (release) await import('./minify-glue.mjs');
await import('./csp-hash.mjs');
if (release) await import('./precompress.mjs');
