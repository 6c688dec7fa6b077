/**
 * After the export: builds the static search index over out/ with Pagefind (its binary ships
 * in the npm package). Pages mark what to index: data-pagefind-body on <main>, ignore on
 * reference lists and citation blocks, a `section` meta and filter from CiteThisPage.
 * Pages that ask not to be indexed (the state-name redirects, /search/ itself: robots noindex)
 * are left out, and so are the pair pages (/compare/<a>/<b>/): each repeats two instrument
 * pages that are indexed themselves, and 66 near-copies would crowd every query's results.
 * Usage: node scripts/search-index.mjs [outDir]
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

const out = path.resolve(process.argv[2] ?? 'out');

function htmlFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return ['_next', 'pagefind', 'embed'].includes(entry.name) ? [] : htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

const NOINDEX = /<meta name="robots" content="noindex/;
// The treaty texts side by side (/treaties/ottawa/texts/compare/<a>/<b>/…) repeat the single-language pages likewise.
const PAIR_PAGE = /^\/compare\/(?!select\/)[^/]+\/[^/]+\/$|^\/treaties\/ottawa\/texts\/compare\/[^/]+\/[^/]+\//;
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
let pages = 0;
let skipped = 0;
for (const file of htmlFiles(out)) {
  const url = `/${path
    .relative(out, file)
    .replace(/\\/g, '/')
    .replace(/index\.html$/, '')}`;
  const content = fs.readFileSync(file, 'utf8');
  if (NOINDEX.test(content) || PAIR_PAGE.test(url)) {
    skipped += 1;
    continue;
  }
  const added = await index.addHTMLFile({ url, content });
  if (added.errors.length > 0) throw new Error(`pagefind: ${url}: ${added.errors.join('; ')}`);
  pages += 1;
}
const written = await index.writeFiles({ outputPath: path.join(out, 'pagefind') });
if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
console.log(
  `search-index: ${pages} pages indexed (${skipped} noindex and pair pages left out) into ${path.relative(process.cwd(), written.outputPath)}`,
);
await pagefind.close();
