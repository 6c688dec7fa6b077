/**
 * `npm run loadtest`: starts the production server (scripts/serve.ts) on 127.0.0.1 as its own
 * process and drives it from this one with autocannon, for a bounded time, over a mix of
 * routes: pages, the largest page, data downloads and the map; once with compression, once
 * without; then a burst of aborted downloads. Reports requests per second, p50/p99 latency,
 * errors, and the server's memory and open file handles (from /proc/<pid>) before and after.
 * Fails (exit 1) on any error, non-2xx/3xx answer, or growth in open file handles.
 * Usage: tsx scripts/loadtest.ts [outDir]   env: LOADTEST_PORT (4240), LOADTEST_SECONDS (6 per run)
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import autocannon from 'autocannon';

const project = path.resolve(__dirname, '..');
const out = path.resolve(process.argv[2] ?? path.join(project, 'out'));
const port = Number(process.env.LOADTEST_PORT ?? 4240);
const seconds = Number(process.env.LOADTEST_SECONDS ?? 6);
const base = `http://127.0.0.1:${port}`;

function largestPage(): string {
  let best = { route: '/', size: 0 };
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== '_next') walk(full);
      else if (entry.name === 'index.html') {
        const size = fs.statSync(full).size;
        if (size > best.size) best = { route: `/${path.relative(out, dir)}/`.replace('//', '/'), size };
      }
    }
  };
  walk(out);
  return best.route;
}

const dataFiles = fs
  .readdirSync(path.join(out, 'data'))
  .filter((f) => /\.(json|csv)$/.test(f))
  .map((f) => `/data/${f}`);
const largest = largestPage();
const routes = ['/', '/treaties/ottawa/article-1/', '/states/', '/compare/', largest, '/states/map.svg', ...dataFiles];

function serverStats(pid: number) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return { rssMb: Math.round(rssKb / 102.4) / 10, openFds: fs.readdirSync(`/proc/${pid}/fd`).length };
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    const ok = await new Promise<boolean>((resolve) =>
      http.get(`${base}/`, (res) => resolve(res.resume() && res.statusCode === 200)).on('error', () => resolve(false)),
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('server did not start');
}

async function drive(label: string, headers: Record<string, string>) {
  const result = await autocannon({
    url: base,
    connections: 10,
    duration: seconds,
    headers,
    requests: routes.map((route) => ({ method: 'GET', path: route })),
  });
  return {
    run: label,
    requestsPerSecond: Math.round(result.requests.average),
    p50ms: result.latency.p50,
    p99ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    mbPerSecond: Math.round(result.throughput.average / 1e5) / 10,
  };
}

/** Starts many downloads of the largest page and drops each after its first bytes. */
async function abortBurst(count: number): Promise<number> {
  let aborted = 0;
  await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<void>((resolve) => {
          const req = http.get(`${base}${largest}`, (res) => {
            res.once('data', () => {
              aborted += 1;
              req.destroy();
              resolve();
            });
          });
          req.on('error', () => resolve());
        }),
    ),
  );
  return aborted;
}

async function main() {
  const server = spawn(process.execPath, ['--import', 'tsx', path.join(project, 'scripts/serve.ts'), out], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const pid = server.pid!;
  try {
    await waitForServer();
    const before = serverStats(pid);
    const runs = [
      await drive('brotli/gzip accepted', { 'accept-encoding': 'br, gzip' }),
      await drive('no compression', {}),
    ];
    const aborted = await abortBurst(500);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = serverStats(pid);
    const alive = await new Promise<boolean>((resolve) =>
      http.get(`${base}/`, (res) => resolve(res.resume() && res.statusCode === 200)).on('error', () => resolve(false)),
    );
    const report = { date: new Date().toISOString(), routes, seconds, runs, aborted, server: { before, after }, alive };
    console.table(runs);
    console.log(`aborted downloads of ${largest}: ${aborted}`);
    console.log(
      `server memory ${before.rssMb} MB -> ${after.rssMb} MB; open file handles ${before.openFds} -> ${after.openFds}`,
    );
    fs.mkdirSync(path.join(project, 'bench'), { recursive: true });
    fs.writeFileSync(path.join(project, 'bench', 'loadtest.json'), `${JSON.stringify(report, null, 2)}\n`);
    const failed = runs.some((r) => r.errors > 0 || r.non2xx > 0) || after.openFds > before.openFds || !alive;
    if (failed) {
      console.error('loadtest: FAILED (errors, non-2xx answers, file-handle growth, or the server died)');
      process.exitCode = 1;
    }
  } finally {
    server.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
