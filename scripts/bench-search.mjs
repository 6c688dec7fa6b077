/**
 * Search benchmark (not a test): for each query, the bytes a browser fetches to answer it on
 * /search/ (the search island, Pagefind's script and WebAssembly, and the index chunks), gzip,
 * and the time from a keystroke to the results on screen once the index is loaded: the median
 * of KEYSTROKES (default 7) keystrokes, alternately deleting and retyping the query's last
 * letter, and the first of them (the only one whose result text is not cached yet).
 * Serves out/ itself on 127.0.0.1:$PORT (default 4206) with scripts/serve.ts.
 * Prints what was fetched for the first query (every query with BENCH_FILES=1), file by file,
 * with the page each result fragment holds, so the budget can be traced.
 * Usage: node scripts/bench-search.mjs ["query" …]
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';

const require = createRequire(import.meta.url);
const { chromiumExecutable } = require('./chromium-path.cjs');
const PORT = Number(process.env.PORT ?? 4206);
const KEYSTROKES = Number(process.env.KEYSTROKES ?? 7);
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

// One process (tsx as a loader, not its launcher), so that kill() stops the server itself.
const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', 'out'], {
  env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1' },
  stdio: 'ignore',
});
await waitForServer();
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
      const body = await response.body().catch(() => null); // a fetch still running at close
      if (body) sizes.push({ file: url.pathname, bytes: zlib.gzipSync(body, { level: 9 }).length, page: pageOf(body) });
    });
    await page.goto(`${BASE}/search/?q=${encodeURIComponent(query)}`);
    await page.locator('.search-result').first().waitFor();
    await page.waitForLoadState('networkidle');
    const kb = sizes.reduce((a, b) => a + b.bytes, 0) / 1024;
    if (rows.length === 0 || process.env.BENCH_FILES) {
      console.log(`fetched for "${query}":`);
      for (const s of sizes)
        console.log(`  ${(s.bytes / 1024).toFixed(1).padStart(6)} KB  ${s.file}${s.page ? `  (${s.page})` : ''}`);
    }
    // Index loaded: now time keystrokes to new results on screen, deleting and retyping the last letter.
    const input = page.locator('#search-page-input');
    await input.focus();
    const times = [];
    for (let i = 0; i < KEYSTROKES; i += 1) times.push(await keystroke(page, i % 2 === 0 ? 'delete' : 'type'));
    const sorted = [...times].sort((a, b) => a - b);
    const ms = sorted[Math.floor(sorted.length / 2)];
    rows.push({
      query,
      fetchedGzipKB: +kb.toFixed(1),
      keystrokeToResultsMs: Math.round(ms),
      firstKeystrokeMs: Math.round(times[0]),
    });
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
console.table(rows);
console.log(
  `load average: ${os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);
const worst = rows.reduce(
  (a, r) => ({ kb: Math.max(a.kb, r.fetchedGzipKB), ms: Math.max(a.ms, r.keystrokeToResultsMs) }),
  { kb: 0, ms: 0 },
);
console.log(
  `worst: ${worst.kb} KB gzip fetched for one query (budget 100); ${worst.ms} ms keystroke to results (budget 100)`,
);

/**
 * One keystroke in the search box ('delete' the last letter or 'type' it back), timed in the
 * page from the input event to the status line naming the new query (it is written after the
 * results are on screen).
 */
async function keystroke(page, action) {
  /* global document, requestAnimationFrame -- this function runs in the page (page.evaluate) */
  return page.evaluate(async (action) => {
    const input = document.querySelector('#search-page-input');
    const status = document.querySelector('[data-search-status]');
    const full = input.getAttribute('data-bench-query') ?? input.value;
    input.setAttribute('data-bench-query', full);
    const started = performance.now();
    input.value = action === 'delete' ? full.slice(0, -1) : full;
    input.dispatchEvent(new Event('input'));
    const quoted = `“${input.value}”`;
    await new Promise((resolve) => {
      const done = () => (status.textContent.includes(quoted) ? resolve() : requestAnimationFrame(done));
      done();
    });
    return performance.now() - started;
  }, action);
}

/** The page a result fragment holds (Pagefind's fragments are gzip JSON), for the file list. */
function pageOf(body) {
  try {
    const text = zlib.gunzipSync(body).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))).url;
  } catch {
    return undefined; // not a fragment
  }
}

async function waitForServer() {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`${BASE}/search/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`bench-search: no server on ${BASE}`);
}
