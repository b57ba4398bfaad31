// Release builds (run by tools/post-build.mjs, after the glue is minified): gives the
// names that join each WebAssembly module to its JavaScript glue short ones.
// wasm-bindgen names every import after its function and a 16-digit hash
// (`__wbg_addEventListener_f2d27251d333a631`), and some exports after a closure's whole
// type (over 200 characters); each name is written twice, in the module and in the
// glue, and the hashes do not compress (6.4 kB of the gzipped first load). Here each
// becomes `_` and a number in base 36 that the glue does not already use, in the
// module's import and export sections and, word for word, in its glue. The name of the
// module the imports come from, repeated before each import, is left: shortening it
// saved 0.2 kB gzipped and cost 0.1 kB with brotli. The step stops the build rather
// than write a pair that might not fit: every import's name must be in the glue before
// it is renamed. index.html's integrity hashes follow the files.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { integrity } from './integrity.mjs';

const folder = process.env.TRUNK_STAGING_DIR ?? 'dist';

/** Reads an unsigned LEB128 number at `at`: its value and the offset after it. */
function readUnsigned(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    if (byte === undefined) throw new Error('the module ends inside a number');
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** `value` as an unsigned LEB128 number. */
function unsigned(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

const withLength = (body) => Buffer.concat([unsigned(body.length), body]);

/** The offset after an import's description of kind `kind` starting at `at`. */
function skipImportDescription(bytes, kind, at) {
  const skipLimits = (from) => {
    const flags = bytes[from];
    let [, next] = readUnsigned(bytes, from + 1);
    if (flags & 1) [, next] = readUnsigned(bytes, next);
    return next;
  };
  switch (kind) {
    case 0: return readUnsigned(bytes, at)[1]; // a function: its type
    case 1: return skipLimits(at + 1); // a table: its element type and limits
    case 2: return skipLimits(at); // a memory: its limits
    case 3: return at + 2; // a global: its type and mutability
    case 4: return readUnsigned(bytes, at + 1)[1]; // a tag: its attribute and type
    default: throw new Error(`an import of unknown kind ${kind}`);
  }
}

/** The module's sections, each as its id and its body. */
function sections(bytes) {
  const found = [];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = readUnsigned(bytes, at + 1);
    found.push({ id, body: bytes.subarray(start, start + size) });
    at = start + size;
  }
  return found;
}

/** The import section with each field renamed by `rename`. */
function renameImports(body, rename) {
  let [count, at] = readUnsigned(body, 0);
  const parts = [unsigned(count)];
  while (count-- > 0) {
    const [moduleLength, moduleStart] = readUnsigned(body, at);
    const moduleEnd = moduleStart + moduleLength;
    const [fieldLength, fieldStart] = readUnsigned(body, moduleEnd);
    const field = body.subarray(fieldStart, fieldStart + fieldLength).toString('utf8');
    const kind = body[fieldStart + fieldLength];
    const end = skipImportDescription(body, kind, fieldStart + fieldLength + 1);
    parts.push(body.subarray(at, moduleEnd), withLength(Buffer.from(rename(field))));
    parts.push(body.subarray(fieldStart + fieldLength, end));
    at = end;
  }
  return Buffer.concat(parts);
}

/** The export section with each name renamed by `rename`. */
function renameExports(body, rename) {
  let [count, at] = readUnsigned(body, 0);
  const parts = [unsigned(count)];
  while (count-- > 0) {
    const [nameLength, nameStart] = readUnsigned(body, at);
    const name = body.subarray(nameStart, nameStart + nameLength).toString('utf8');
    const [, end] = readUnsigned(body, nameStart + nameLength + 1);
    parts.push(withLength(Buffer.from(rename(name))), body.subarray(nameStart + nameLength, end));
    at = end;
  }
  return Buffer.concat(parts);
}

/** `name` where it stands as a whole word of JavaScript, not inside a longer one. */
const wholeWord = (name) => new RegExp(`(?<![\\w$])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w$])`, 'g');

/** Renames the pair `glue` and `module` in place; returns the old and new bytes of each. */
function shorten(gluePath, modulePath) {
  const glue = readFileSync(gluePath, 'utf8');
  const module = readFileSync(modulePath);
  const names = new Map();
  // A short name is one the glue does not already use, so nothing it names changes.
  let next = 0;
  const unused = () => {
    for (;;) {
      const candidate = `_${(next++).toString(36)}`;
      if (!wholeWord(candidate).test(glue)) return candidate;
    }
  };
  const shortName = (name) => {
    if (!names.has(name)) names.set(name, unused());
    return names.get(name);
  };
  const renameImport = (name) => {
    if (!wholeWord(name).test(glue)) throw new Error(`${gluePath} does not name the import ${name}`);
    return shortName(name);
  };
  // An export the glue never calls (such as `__instance_terminated`) keeps its name, as
  // does a name already short.
  const renameExport = (name) => (name.length > 3 && wholeWord(name).test(glue) ? shortName(name) : name);
  const rebuilt = [module.subarray(0, 8)];
  for (const { id, body } of sections(module)) {
    const renamed = id === 2 ? renameImports(body, renameImport) : id === 7 ? renameExports(body, renameExport) : body;
    rebuilt.push(Buffer.from([id]), withLength(renamed));
  }
  let newGlue = glue;
  for (const [name, short] of names) newGlue = newGlue.replace(wholeWord(name), short);
  writeFileSync(modulePath, Buffer.concat(rebuilt));
  writeFileSync(gluePath, newGlue);
  return [[Buffer.from(glue), Buffer.from(newGlue)], [module, readFileSync(modulePath)]];
}

const page = join(folder, 'index.html');
let html = readFileSync(page, 'utf8');
for (const moduleName of readdirSync(folder).filter((n) => n.endsWith('_bg.wasm'))) {
  const glueName = moduleName.replace(/_bg\.wasm$/, '.js');
  for (const [before, after] of shorten(join(folder, glueName), join(folder, moduleName))) {
    html = html.replace(integrity(before), integrity(after));
  }
}
writeFileSync(page, html);
