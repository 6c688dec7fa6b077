/**
 * What a page's Lighthouse score is made of, beside `npm run bench` (which reports the scores):
 * per route, the DOM size (elements, depth, widest parent), where the main thread's time goes
 * (mainthread-work-breakdown), TBT and LCP, and every failing accessibility audit by id with the
 * elements it names. One Lighthouse 12 mobile run per route, with the load average before it.
 * Usage: node scripts/lighthouse-audits.mjs [out-dir]
 *        env: BENCH_PORT (4243), CHROME_PATH (/usr/bin/chromium), BENCH_ROUTES (comma-separated)
 */
import { spawn } from 'node:child_process';
import { waitFor } from './wait-for-server.mjs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(process.argv[2] ?? path.join(project, 'out'));
const port = Number(process.env.BENCH_PORT ?? 4243);
const routes = (process.env.BENCH_ROUTES ?? '/,/compare/,/sources/').split(',').map((r) => r.trim());

const server = spawn(process.execPath, ['--import', 'tsx', path.join(project, 'scripts/serve.ts'), out], {
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  await waitFor(`http://127.0.0.1:${port}/`);
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    for (const route of routes) {
      const load = os.loadavg()[0].toFixed(1);
      const result = await lighthouse(`http://127.0.0.1:${port}${route}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      const { categories, audits } = result.lhr;
      const dom = audits['dom-size'];
      const stats = Object.fromEntries((dom.details?.items ?? []).map((i) => [i.statistic, i.value?.value ?? i.value]));
      const work = (audits['mainthread-work-breakdown'].details?.items ?? [])
        .map((i) => `${i.groupLabel ?? i.group} ${Math.round(i.duration)}`)
        .join(', ');
      console.log(
        `\n${route} (load ${load}) performance ${Math.round(categories.performance.score * 100)}, ` +
          `accessibility ${Math.round(categories.accessibility.score * 100)}; ` +
          `TBT ${Math.round(audits['total-blocking-time'].numericValue)} ms, LCP ${Math.round(audits['largest-contentful-paint'].numericValue)} ms`,
      );
      console.log(`  dom-size: ${JSON.stringify(stats)}`);
      console.log(`  main thread (ms): ${work}`);
      for (const ref of categories.accessibility.auditRefs) {
        const audit = audits[ref.id];
        if (ref.weight === 0 || audit.score === null || audit.score === 1) continue;
        const nodes = (audit.details?.items ?? []).map((i) => i.node?.snippet ?? i.node?.selector).filter(Boolean);
        console.log(`  FAILS ${ref.id} (${audit.title}): ${nodes.length} elements`);
        for (const node of nodes.slice(0, 5)) console.log(`    ${node.slice(0, 200)}`);
      }
    }
  } finally {
    await chrome.kill();
  }
} finally {
  server.kill('SIGTERM');
}
