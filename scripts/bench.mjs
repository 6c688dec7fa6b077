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
 * A control page (a heading and a paragraph, no stylesheet, no script: the least a page can be)
 * is measured in every round, before the routes, by the same server. Its score is this machine's
 * ceiling: Chromium's own start-up work (creating a page's script contexts, first style and
 * layout) is multiplied fourfold like the page's, so on a slow or busy host even the control
 * scores below 100. Each route's TBT is also given above the control's in the same round.
 * Usage: node scripts/bench.mjs   env: BENCH_PORT (4242, and the next port for the control), CHROME_PATH (default /usr/bin/chromium),
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

// The control server serves only this page, at its root (where startServer waits for it).
const CONTROL_ROUTE = '/';
const CONTROL_HTML =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">' +
  '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Control page</title>' +
  '<meta name="description" content="The least a page can be: the benchmark\'s control."></head>' +
  '<body><main><h1>Control page</h1><p>A heading and a paragraph, to measure the machine.</p></main></body></html>\n';

/** Starts the production server (as `npm start` runs it) on `dir`, as its own process. */
async function startServer(dir, port) {
  const server = spawn(process.execPath, ['--import', 'tsx', path.join(project, 'scripts/serve.ts'), dir], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitFor(`http://127.0.0.1:${port}/`);
  return server;
}

/** Lighthouse's task groups for the browser's rendering work (lighthouse/core/lib/tracehouse/task-groups.js). */
const RENDER_GROUPS = ['parseHTML', 'styleLayout', 'paintCompositeRender'];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  if (!fs.existsSync(out)) throw new Error('out/ is missing: run `npm run build` first');
  const port = Number(process.env.BENCH_PORT ?? 4242);
  const controlDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-control-'));
  fs.writeFileSync(path.join(controlDir, 'index.html'), CONTROL_HTML);
  const server = await startServer(out, port);
  const controlServer = await startServer(controlDir, port + 1);
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  const lighthouseRun = async (url, route) => {
    const load = os.loadavg()[0];
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${route}`);
    const { categories, audits, environment, configSettings } = result.lhr;
    const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
    // Parsing, style, layout and paint as measured, before Lighthouse's simulated CPU slowdown
    // (its breakdown multiplies every task): the page's own rendering work, which varies far
    // less with load than TBT does.
    const slowdown =
      configSettings.throttlingMethod === 'simulate' ? configSettings.throttling.cpuSlowdownMultiplier : 1;
    const renderWorkMs = Math.round(
      (audits['mainthread-work-breakdown']?.details?.items ?? [])
        .filter((item) => RENDER_GROUPS.includes(item.group))
        .reduce((sum, item) => sum + item.duration, 0) / slowdown,
    );
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
      tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
      cls: Math.round((audits['cumulative-layout-shift']?.numericValue ?? NaN) * 1000) / 1000,
      domElements: audits['dom-size']?.numericValue ?? null,
      renderWorkMs,
      loadAverage: Math.round(load * 10) / 10,
      benchmarkIndex: Math.round(environment?.benchmarkIndex ?? NaN),
    };
  };
  // Rounds, not route after route: each round measures the control, then every route once, so
  // that a change of load touches all of them alike.
  const byRoute = new Map(routes.map((route) => [route, []]));
  const control = [];
  try {
    for (let round = 0; round < RUNS; round += 1) {
      const base = await lighthouseRun(`http://127.0.0.1:${port + 1}${CONTROL_ROUTE}`, CONTROL_ROUTE);
      control.push(base);
      for (const route of routes) {
        const run = await lighthouseRun(`http://127.0.0.1:${port}${route}`, route);
        byRoute.get(route).push({ ...run, tbtAboveControlMs: run.tbtMs - base.tbtMs });
      }
    }
  } finally {
    await chrome.kill();
    server.kill('SIGTERM');
    controlServer.kill('SIGTERM');
    fs.rmSync(controlDir, { recursive: true, force: true });
  }
  const summarise = (route, runs, extra = {}) => {
    const sorted = [...runs].sort((a, b) => a.performance - b.performance);
    const { tbtAboveControlMs: _, ...middle } = sorted[Math.floor(sorted.length / 2)];
    return {
      route,
      ...extra,
      ...middle,
      runs: runs.length,
      performanceRange: `${sorted[0].performance}-${sorted.at(-1).performance}`,
      renderWorkMs: median(runs.map((r) => r.renderWorkMs)),
      ...(runs[0].tbtAboveControlMs === undefined
        ? {}
        : { tbtAboveControlMs: median(runs.map((r) => r.tbtAboveControlMs)) }),
    };
  };
  const controlRow = summarise('control page', control);
  const rows = routes.map((route) => summarise(route, byRoute.get(route), sizes(route)));
  const timingsFile = path.join(project, '.build-timings.json');
  const build = fs.existsSync(timingsFile) ? JSON.parse(fs.readFileSync(timingsFile, 'utf8')) : null;
  const report = {
    date: new Date().toISOString(),
    lighthouse: '12.2.3 (mobile, default throttling)',
    targets: { lighthouse: 100, htmlGzipKbMax: HTML_BUDGET_KB },
    control: controlRow,
    routes: rows,
    overHtmlBudget: rows.filter((r) => r.htmlGzipKb > HTML_BUDGET_KB).map((r) => r.route),
    build,
  };
  fs.mkdirSync(path.join(project, 'bench'), { recursive: true });
  // A run on some routes only goes to its own file, so it never replaces the full report.
  const file = process.env.BENCH_ROUTES ? 'report-routes.json' : 'report.json';
  fs.writeFileSync(path.join(project, 'bench', file), `${JSON.stringify(report, null, 2)}\n`);
  console.table([controlRow, ...rows]);
  if (build) {
    console.log(`last build (${build.date}): ${build.total.toFixed(1)} s in all`);
    console.table(build.timings);
  } else console.log('no build timings: run `npm run build` first');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
