/**
 * After the export: minifies the islands (out/islands/*.js, copied from public/islands/) with
 * esbuild, in place. The sources stay readable, with their comments; readers download the
 * minified copy. The search island is part of the search budget (issue 13: at most 100 KB gzip
 * per query), where this halves it (2.6 KB to 1.4 KB gzip); every other island shrinks likewise.
 * The pages' `?v=` hash is of the source (components/interactive/Island.tsx), so it still changes
 * whenever the source does.
 * Usage: node scripts/minify-islands.mjs [outDir]
 */
import fs from 'node:fs';
import path from 'node:path';
import { transform } from 'esbuild';

const dir = path.join(path.resolve(process.argv[2] ?? 'out'), 'islands');
let before = 0;
let after = 0;
for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  const file = path.join(dir, name);
  const source = fs.readFileSync(file, 'utf8');
  // Plain scripts, not modules: esbuild keeps them as they are (no wrapper, no syntax raised or lowered).
  const { code } = await transform(source, { minify: true, loader: 'js', legalComments: 'none' });
  fs.writeFileSync(file, code);
  before += source.length;
  after += code.length;
}
console.log(`minify islands: ${(before / 1024).toFixed(1)} KB -> ${(after / 1024).toFixed(1)} KB`);
