/**
 * Figures the README states about the site, computed rather than typed: pages and files the
 * build wrote, content records by kind, sources by tier, test files. scripts/site-figures.ts
 * prints them and writes them into the README between its markers.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface SiteFigures {
  /** Date the figures were computed (YYYY-MM-DD). */
  date: string;
  /** HTML pages in out/ (`route/index.html`, plus 404.html), or undefined without a build. */
  pages?: number;
  /** Every file in out/, before precompression's .br/.gz copies. */
  files?: number;
  /** Content files by folder (sources, states, glossary …). */
  content: Record<string, number>;
  sourcesByTier: Record<string, number>;
  unitTestFiles: number;
  browserTestFiles: number;
}

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** Tiers strongest first; anything else (a record missing its tier) last. */
const TIER_ORDER = ['primary', 'established', 'weak'];
const tierRank = (tier: string) => (TIER_ORDER.includes(tier) ? TIER_ORDER.indexOf(tier) : TIER_ORDER.length);

export function computeSiteFigures(root: string, date: string): SiteFigures {
  const out = walk(path.join(root, 'out')).filter((f) => !/\.(br|gz)$/.test(f));
  const contentDir = path.join(root, 'content');
  const contentFiles = walk(contentDir).filter((f) => /\.(ya?ml|mdx)$/.test(f));
  const content: Record<string, number> = {};
  for (const file of contentFiles) {
    const [top, second] = path.relative(contentDir, file).split(path.sep);
    const kind = top === 'data' && second && !second.includes('.') ? `data/${second}` : top!;
    content[kind] = (content[kind] ?? 0) + 1;
  }
  const sourcesByTier: Record<string, number> = {};
  for (const file of contentFiles.filter((f) => f.includes(`${path.sep}sources${path.sep}`))) {
    const tier = /^tier:\s*(\w+)/m.exec(fs.readFileSync(file, 'utf8'))?.[1] ?? 'none';
    sourcesByTier[tier] = (sourcesByTier[tier] ?? 0) + 1;
  }
  const tests = (dir: string, pattern: RegExp) =>
    walk(path.join(root, 'tests', dir)).filter((f) => pattern.test(f)).length;
  return {
    date,
    ...(out.length ? { pages: out.filter((f) => f.endsWith('.html')).length, files: out.length } : {}),
    content: Object.fromEntries(Object.entries(content).sort(([a], [b]) => a.localeCompare(b))),
    sourcesByTier: Object.fromEntries(Object.entries(sourcesByTier).sort(([a], [b]) => tierRank(a) - tierRank(b))),
    unitTestFiles: tests('unit', /\.test\.tsx?$/) + tests('components', /\.test\.tsx?$/),
    browserTestFiles: tests('e2e', /\.spec\.ts$/),
  };
}

export const FIGURES_START =
  '<!-- site-figures:start (written by `npx tsx scripts/site-figures.ts --write`; do not edit) -->';
export const FIGURES_END = '<!-- site-figures:end -->';

/** The README block: a table a reader can trust because a script wrote it. */
export function figuresMarkdown(f: SiteFigures): string {
  const n = (x: number) => x.toLocaleString('en-GB');
  const rows: [string, string][] = [
    [
      'pages built (`out/**/*.html`)',
      f.pages === undefined ? 'not measured (no `out/`: run `npm run build`)' : n(f.pages),
    ],
    ['files in `out/` (before .br/.gz copies)', f.files === undefined ? 'not measured' : n(f.files)],
    [
      'content files',
      Object.entries(f.content)
        .map(([k, v]) => `${k} ${n(v)}`)
        .join(', '),
    ],
    [
      'source records by tier',
      Object.entries(f.sourcesByTier)
        .map(([k, v]) => `${k} ${n(v)}`)
        .join(', '),
    ],
    ['test files', `${n(f.unitTestFiles)} jest (unit and component), ${n(f.browserTestFiles)} Playwright`],
  ];
  return [
    FIGURES_START,
    `Computed on ${f.date} from the working tree and the last build.`,
    '',
    '| what | count |',
    '| --- | --- |',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    FIGURES_END,
  ].join('\n');
}

/** The README with its figures block replaced; throws if the markers are missing. */
export function replaceFiguresBlock(readme: string, block: string): string {
  const start = readme.indexOf(FIGURES_START);
  const end = readme.indexOf(FIGURES_END);
  if (start < 0 || end < start) throw new Error('README.md has no site-figures block (see lib/build/siteFigures.ts)');
  return readme.slice(0, start) + block + readme.slice(end + FIGURES_END.length);
}
