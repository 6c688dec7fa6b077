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

// Smaller word-index chunks than Pagefind's default (about 20,000 word positions, ~22 KB gzip
// each here): a query fetches one chunk per word, so with the default a three-word query cost
// ~66 KB of index alone, against a budget of 100 KB for everything (issue 13). At 1,000 a chunk
// is 1-3 KB; the cost is a longer chunk list in the metadata (3 KB to 4 KB). Pagefind reads
// this setting from the environment of its indexing process (marked unstable: check it after
// an upgrade with `npm run bench:search`).
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '1000';

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
// No forceLanguage: Pagefind splits the index by each page's <html lang> (en-GB, fr, es), and the
// search page loads the index of its own language, so each edition searches its own pages.
const { index, errors } = await pagefind.createIndex();
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
