/**
 * The routes of the production build, read from out/ (every page is an index.html), so
 * the browser checks cover whatever the build produced without a hand-typed list.
 */
import fs from 'node:fs';
import path from 'node:path';

export const OUT_DIR = path.resolve(__dirname, '../../out');

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '_next' ? [] : htmlFiles(full);
    return entry.name === 'index.html' ? [full] : [];
  });
}

/** Page routes such as `/` and `/treaties/ottawa/article-1/`. */
export function builtRoutes(): string[] {
  if (!fs.existsSync(OUT_DIR)) throw new Error('out/ is missing: run `npm run build` before the browser tests');
  return htmlFiles(OUT_DIR)
    .map((file) =>
      `/${path.relative(OUT_DIR, path.dirname(file)).split(path.sep).join('/')}/`.replace(/^\/+$|^\/\//, '/'),
    )
    .filter((route) => route !== '/_not-found/' && route !== '/404/')
    .sort();
}

/**
 * A state's name pages (`/states/ukraine/`) only send the reader on to the state's page with
 * an immediate meta refresh (and a visible link); reference.spec.ts checks that they do. A
 * browser visiting them is carried away at once, so page-by-page audits leave them out.
 */
export function isStateNamePage(route: string): boolean {
  // A name can be three letters too ("uae"), so the page itself says what it is: a redirect.
  return /^\/states\/[a-z0-9-]+\/$/.test(route) && /<meta http-equiv="refresh"/i.test(htmlFor(route));
}

export function htmlFor(route: string): string {
  const file = route === '/404/' ? path.join(OUT_DIR, '404.html') : path.join(OUT_DIR, route, 'index.html');
  return fs.readFileSync(file, 'utf8');
}

/**
 * Pages generated from one template in large numbers (a page per state, per pair of
 * instruments, per year, per embed) share their markup, so the page-by-page browser audits
 * (routes.spec.ts, csp.spec.ts) run on a deterministic sample of each family: every
 * twentieth page plus the cases that stress the template. Every other page is audited in
 * full. Every route is still read for links, ids, note order and valid HTML over the files.
 */
const FAMILIES = [
  /^\/states\/[a-z]{3}\/$/,
  /^\/compare\/[^/]+\/[^/]+\/$/,
  /^\/states\/on\/\d{4}\/$/,
  /^\/embed\/states\/[a-z]{3}\/$/,
  /^\/embed\/compare\/[^/]+\/[^/]+\/$/,
  // The authentic texts: a page per part per language, and per part per pair of languages.
  /^\/treaties\/ottawa\/texts\/[a-z]{2,3}\/[^/]+\/$/,
  /^\/treaties\/ottawa\/texts\/compare\/[^/]+\/[^/]+\/[^/]+\/$/,
  // The French and Spanish status summaries: one per state (tests/e2e/i18n.spec.ts checks them all against the English).
  /^\/fr\/states\/[a-z]{3}\/$/,
  /^\/es\/states\/[a-z]{3}\/$/,
];
const SAMPLE_EVERY = 20;
const ALWAYS = [
  '/states/ukr/',
  '/states/usa/',
  '/states/est/',
  '/states/pol/',
  '/states/fin/',
  '/states/ton/',
  '/compare/ottawa/us-2022-policy/',
  '/compare/us-2020-policy/us-2022-policy/',
  '/compare/us-2022-policy/us-2024-ukraine-transfer/',
  '/states/on/1999/',
  '/embed/states/ukr/',
  '/embed/compare/ottawa/us-2022-policy/',
  '/treaties/ottawa/texts/fr/article-4/',
  '/treaties/ottawa/texts/compare/en/fr/article-1/',
  '/fr/states/ukr/',
  '/es/states/ukr/',
];

/** While only English is on the site, each empty text route exports one page that redirects (components/texts/TextRedirect). */
export function isTextPlaceholder(route: string): boolean {
  return route.startsWith('/treaties/ottawa/texts/') && /<meta http-equiv="refresh"/i.test(htmlFor(route));
}

export function sampledRoutes(): string[] {
  const all = builtRoutes();
  return all.filter((route) => {
    if (isStateNamePage(route) || isTextPlaceholder(route)) return false;
    const family = FAMILIES.find((f) => f.test(route));
    if (!family) return true;
    const members = all.filter((r) => family.test(r));
    return ALWAYS.includes(route) || members.indexOf(route) % SAMPLE_EVERY === 0;
  });
}
