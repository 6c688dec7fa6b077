/**
 * Prints the site's figures (pages built, content records, sources by tier, test files) and,
 * with --write, puts them into README.md between the site-figures markers. Run after
 * `npm run build` so that the page counts describe the current build.
 *
 *   npx tsx scripts/site-figures.ts [--write]
 */
import fs from 'node:fs';
import path from 'node:path';
import { computeSiteFigures, figuresMarkdown, replaceFiguresBlock } from '../lib/build/siteFigures';

const root = path.resolve(__dirname, '..');
const figures = computeSiteFigures(root, new Date().toISOString().slice(0, 10));
const block = figuresMarkdown(figures);
console.log(block);
if (process.argv.includes('--write')) {
  const readme = path.join(root, 'README.md');
  fs.writeFileSync(readme, replaceFiguresBlock(fs.readFileSync(readme, 'utf8'), block));
  console.log('README.md updated.');
}
