/**
 * After `next build`: removes the client runtime from every page in out/ and the RSC payload
 * files only the client router reads (see lib/build/stripRuntime.ts for why). Fails the build
 * if any page still references a framework script afterwards.
 * Usage: tsx scripts/strip-runtime.ts [outDir]
 */
import fs from 'node:fs';
import path from 'node:path';
import { isRscPayloadFile, stripRuntime } from '../lib/build/stripRuntime';

const out = path.resolve(process.argv[2] ?? 'out');

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '_next' ? [] : walk(full);
    return [full];
  });
}

let pages = 0;
let scripts = 0;
let payloads = 0;
let before = 0;
let after = 0;
const leftovers: string[] = [];
for (const file of walk(out)) {
  const name = path.basename(file);
  if (isRscPayloadFile(name)) {
    fs.rmSync(file);
    payloads += 1;
  } else if (name.endsWith('.html')) {
    const html = fs.readFileSync(file, 'utf8');
    const stripped = stripRuntime(html);
    fs.writeFileSync(file, stripped.html);
    pages += 1;
    scripts += stripped.removedScripts;
    before += html.length;
    after += stripped.html.length;
    if (/\/_next\/static\/[^"]+\.js/.test(stripped.html)) leftovers.push(path.relative(out, file));
  }
}
if (leftovers.length > 0) {
  console.error(`strip-runtime: framework scripts still referenced in ${leftovers.join(', ')}`);
  process.exit(1);
}
console.log(
  `strip-runtime: ${pages} pages, ${scripts} scripts and ${payloads} payload files removed; HTML ${(before / 1e6).toFixed(1)} MB -> ${(after / 1e6).toFixed(1)} MB`,
);
