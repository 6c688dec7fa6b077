/**
 * Search benchmark (not a test): for each query, the bytes a browser fetches to answer it on
 * /search/ (the search island, Pagefind's script and WebAssembly, and the index chunks), gzip,
 * and the time from a keystroke to the results on screen once the index is loaded.
 * Serves out/ itself on 127.0.0.1:$PORT (default 4206) with scripts/serve.mjs.
 * Usage: node scripts/bench-search.mjs ["query" …]
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';

const require = createRequire(import.meta.url);
const { chromiumExecutable } = require('./chromium-path.cjs');
const PORT = Number(process.env.PORT ?? 4206);
const BASE = `http://127.0.0.1:${PORT}`;
const queries = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      'Article 5 deadline',
      'Korea',
      'non-persistent',
      'Finland withdrawal',
      'Ukraine suspension',
      'detectability',
      'Tonga',
    ];

const server = spawn(process.execPath, ['scripts/serve.mjs', 'out'], { env: { ...process.env, PORT: String(PORT) } });
await new Promise((resolve) => setTimeout(resolve, 800));
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: ['--no-sandbox'] });
const rows = [];
try {
  for (const query of queries) {
    const context = await browser.newContext(); // cold cache for each query
    const page = await context.newPage();
    const sizes = [];
    page.on('response', async (response) => {
      const url = new URL(response.url());
      if (!url.pathname.startsWith('/pagefind/') && !url.pathname.startsWith('/islands/search')) return;
      // Pagefind's index files are gzip already; gzip again costs them nothing and measures the rest.
      sizes.push(zlib.gzipSync(await response.body(), { level: 9 }).length);
    });
    await page.goto(`${BASE}/search/?q=${encodeURIComponent(query)}`);
    await page.locator('.search-result').first().waitFor();
    await page.waitForLoadState('networkidle');
    const kb = sizes.reduce((a, b) => a + b, 0) / 1024;
    // Index loaded: now time one keystroke (the last letter again) to new results on screen.
    const input = page.locator('#search-page-input');
    await input.fill(query.slice(0, -1));
    await page
      .locator('[data-search-status]')
      .filter({ hasText: query.slice(0, -1) })
      .waitFor();
    /* global document, requestAnimationFrame -- this function runs in the page (page.evaluate) */
    const ms = await page.evaluate(async (last) => {
      const input = document.querySelector('#search-page-input');
      const status = document.querySelector('[data-search-status]');
      const started = performance.now();
      input.value += last;
      input.dispatchEvent(new Event('input'));
      await new Promise((resolve) => {
        const done = () => (status.textContent.includes(input.value) ? resolve() : requestAnimationFrame(done));
        done();
      });
      return performance.now() - started;
    }, query.slice(-1));
    rows.push({ query, fetchedGzipKB: +kb.toFixed(1), keystrokeToResultsMs: Math.round(ms) });
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
console.table(rows);
const worst = rows.reduce(
  (a, r) => ({ kb: Math.max(a.kb, r.fetchedGzipKB), ms: Math.max(a.ms, r.keystrokeToResultsMs) }),
  { kb: 0, ms: 0 },
);
console.log(
  `worst: ${worst.kb} KB gzip fetched for one query (budget 100); ${worst.ms} ms keystroke to results (budget 100)`,
);
