/**
 * `npm run bench`: one report on the built site (out/), as JSON (bench/report.json) and a
 * table: per route, first-load JavaScript and HTML (gzip); Lighthouse 12.2.3 mobile scores
 * with LCP, TBT and CLS for the key routes, served by the production server on 127.0.0.1;
 * and the last build's time per step (written by scripts/build.ts). Targets are reported,
 * not enforced: Lighthouse 100 everywhere, no content page above 100 KB of HTML (gzip).
 * Plain JavaScript run by node, not tsx: tsx's transform adds helpers (`__name`) to functions
 * that Lighthouse serialises into the page, where they do not exist.
 * Lighthouse's simulated throttling multiplies CPU contention, so each route is measured
 * BENCH_RUNS times (default 3) and the run with the median performance score is reported, with
 * the load average (1 min) before it: compare figures only at a similar load.
 * Usage: node scripts/bench.mjs   env: BENCH_PORT (4242), CHROME_PATH (default /usr/bin/chromium),
 *        BENCH_RUNS (3), BENCH_ROUTES (comma-separated routes, `pair` for the first comparison pair)
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { waitFor } from './wait-for-server.mjs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(project, 'out');
const HTML_BUDGET_KB = 100;

function firstPair() {
  const compare = path.join(out, 'compare');
  for (const a of fs.readdirSync(compare).sort()) {
    const dir = path.join(compare, a);
    if (a === 'select' || !fs.statSync(dir).isDirectory()) continue;
    const b = fs.readdirSync(dir).find((entry) => fs.existsSync(path.join(dir, entry, 'index.html')));
    if (b) return `/compare/${a}/${b}/`;
  }
  throw new Error('no comparison pair page in out/');
}

const routes = process.env.BENCH_ROUTES
  ? process.env.BENCH_ROUTES.split(',').map((r) => (r.trim() === 'pair' ? firstPair() : r.trim()))
  : ['/', '/treaties/ottawa/article-1/', firstPair(), '/compare/', '/states/', '/civilian-risk/', '/sources/'];
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));

const gzipKb = (data) => Math.round(zlib.gzipSync(data, { level: 9 }).length / 102.4) / 10;

function sizes(route) {
  const html = fs.readFileSync(path.join(out, route, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1].split('?')[0]);
  const jsKb = scripts.reduce((sum, src) => sum + gzipKb(fs.readFileSync(path.join(out, src))), 0);
  return { htmlGzipKb: gzipKb(html), firstLoadJsGzipKb: Math.round(jsKb * 10) / 10 };
}

async function main() {
  if (!fs.existsSync(out)) throw new Error('out/ is missing: run `npm run build` first');
  // The production server, as its own process (as `npm start` runs it).
  const port = Number(process.env.BENCH_PORT ?? 4242);
  const server = spawn(process.execPath, ['--import', 'tsx', path.join(project, 'scripts/serve.ts'), out], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitFor(`http://127.0.0.1:${port}/`);
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  const rows = [];
  try {
    for (const route of routes) {
      const runs = [];
      for (let run = 0; run < RUNS; run += 1) {
        const load = os.loadavg()[0];
        const result = await lighthouse(`http://127.0.0.1:${port}${route}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${route}`);
        const { categories, audits } = result.lhr;
        const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
        runs.push({
          route,
          ...sizes(route),
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
          tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
          cls: Math.round((audits['cumulative-layout-shift']?.numericValue ?? NaN) * 1000) / 1000,
          domElements: audits['dom-size']?.numericValue ?? null,
          loadAverage: Math.round(load * 10) / 10,
        });
      }
      runs.sort((a, b) => a.performance - b.performance);
      const median = runs[Math.floor(runs.length / 2)];
      rows.push({
        ...median,
        runs: runs.length,
        performanceRange: `${runs[0].performance}-${runs.at(-1).performance}`,
      });
    }
  } finally {
    await chrome.kill();
    server.kill('SIGTERM');
  }
  const timingsFile = path.join(project, '.build-timings.json');
  const build = fs.existsSync(timingsFile) ? JSON.parse(fs.readFileSync(timingsFile, 'utf8')) : null;
  const report = {
    date: new Date().toISOString(),
    lighthouse: '12.2.3 (mobile, default throttling)',
    targets: { lighthouse: 100, htmlGzipKbMax: HTML_BUDGET_KB },
    routes: rows,
    overHtmlBudget: rows.filter((r) => r.htmlGzipKb > HTML_BUDGET_KB).map((r) => r.route),
    build,
  };
  fs.mkdirSync(path.join(project, 'bench'), { recursive: true });
  // A run on some routes only goes to its own file, so it never replaces the full report.
  const file = process.env.BENCH_ROUTES ? 'report-routes.json' : 'report.json';
  fs.writeFileSync(path.join(project, 'bench', file), `${JSON.stringify(report, null, 2)}\n`);
  console.table(rows);
  if (build) {
    console.log(`last build (${build.date}): ${build.total.toFixed(1)} s in all`);
    console.table(build.timings);
  } else console.log('no build timings: run `npm run build` first');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
