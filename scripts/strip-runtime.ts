/**
 * After `next build`: removes the client runtime from every page in out/, the RSC payload
 * files only the client router reads, and every file under out/_next that no page or kept
 * stylesheet references any more (see lib/build/stripRuntime.ts for why). Fails the build on
 * streaming leftovers, on a page whose visible text changed, or on a page that still
 * references a framework script.
 * Usage: tsx scripts/strip-runtime.ts [outDir]
 */
import fs from 'node:fs';
import path from 'node:path';
import { isRscPayloadFile, referencedNextAssets, stripRuntime } from '../lib/build/stripRuntime';

const out = path.resolve(process.argv[2] ?? 'out');

function walk(dir: string, intoNext = false): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '_next' && !intoNext ? [] : walk(full, intoNext);
    return [full];
  });
}

let pages = 0;
let scripts = 0;
let payloads = 0;
let before = 0;
let after = 0;
const failures: string[] = [];
const referenced = new Set<string>();
for (const file of walk(out)) {
  const name = path.basename(file);
  const rel = path.relative(out, file);
  if (isRscPayloadFile(name)) {
    fs.rmSync(file);
    payloads += 1;
  } else if (name.endsWith('.html')) {
    const html = fs.readFileSync(file, 'utf8');
    try {
      const stripped = stripRuntime(html);
      fs.writeFileSync(file, stripped.html);
      pages += 1;
      scripts += stripped.removedScripts;
      before += html.length;
      after += stripped.html.length;
      if (/\/_next\/static\/[^"]+\.js/.test(stripped.html)) failures.push(`${rel}: framework script still referenced`);
      for (const asset of referencedNextAssets(stripped.html, `/${path.dirname(rel)}/`)) referenced.add(asset);
    } catch (error) {
      failures.push(`${rel}: ${(error as Error).message}`);
    }
  }
}
if (failures.length > 0) {
  console.error(`strip-runtime: failed\n  ${failures.join('\n  ')}`);
  process.exit(1);
}

// Stylesheets the pages keep may reference fonts or images; follow them before deleting.
const nextDir = path.join(out, '_next');
const urlOf = (file: string) => `/${path.relative(out, file).split(path.sep).join('/')}`;
for (const css of [...referenced].filter((u) => u.endsWith('.css'))) {
  const file = path.join(out, css);
  if (fs.existsSync(file))
    for (const asset of referencedNextAssets(fs.readFileSync(file, 'utf8'), path.posix.dirname(css) + '/'))
      referenced.add(asset);
}
let orphans = 0;
let orphanBytes = 0;
if (fs.existsSync(nextDir)) {
  for (const file of walk(nextDir, true)) {
    if (referenced.has(urlOf(file))) continue;
    orphanBytes += fs.statSync(file).size;
    fs.rmSync(file);
    orphans += 1;
  }
  // Remove folders the deletions emptied (deepest first).
  const dirs = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .flatMap((e) => [...dirs(path.join(dir, e.name)), path.join(dir, e.name)]);
  for (const dir of [...dirs(nextDir), nextDir]) if (fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
}
console.log(
  `strip-runtime: ${pages} pages, ${scripts} scripts and ${payloads} payload files removed; HTML ${(before / 1e6).toFixed(1)} MB -> ${(after / 1e6).toFixed(1)} MB; ${orphans} orphaned framework files (${(orphanBytes / 1e3).toFixed(0)} KB) deleted from _next`,
);
