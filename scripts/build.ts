/**
 * `npm run build`: every step writes into a staging folder; out/ is replaced only when all of
 * them have passed (lib/build/atomicOutput.ts). A failed or killed build leaves out/ whole.
 * Steps: validate, contentlayer, next build (exported to the staging folder through
 * NEXT_EXPORT_DIR, see next.config.js), strip the runtime, write the header files, check every
 * internal reference, precompress. Prints the time of each step and writes them as JSON to
 * .build-timings.json (or $BUILD_TIMINGS) for `npm run bench`.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildPaths, runAtomicBuild, type BuildStep } from '../lib/build/atomicOutput';
import { precompressFolder } from '../lib/build/compress';
import { checkBuiltLinks } from '../lib/build/linkCheck';
import { netlifyHeadersFile, nginxHeadersSnippet } from '../lib/server/headers';

const project = path.resolve(__dirname, '..');
// out/ in the project, or in BUILD_OUT_DIR (npm run bench:scale builds generated content there).
const paths = buildPaths(process.env.BUILD_OUT_DIR ? path.resolve(process.env.BUILD_OUT_DIR) : project);

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: project, stdio: 'inherit', env: { ...process.env, ...env } });
    // A killed build must not leave a next build running on its own.
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.once('SIGINT', forward);
    process.once('SIGTERM', forward);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

const bin = (name: string) => path.join(project, 'node_modules', '.bin', name);

const steps: BuildStep[] = [
  { name: 'validate', run: () => run(bin('tsx'), ['scripts/validate-content.ts']) },
  { name: 'content', run: () => run(bin('contentlayer2'), ['build']) },
  {
    name: 'next build',
    run: (staging) => run(bin('next'), ['build'], { NEXT_EXPORT_DIR: path.relative(project, staging) }),
  },
  { name: 'strip runtime', run: (staging) => run(bin('tsx'), ['scripts/strip-runtime.ts', staging]) },
  { name: 'minify islands', run: (staging) => run(process.execPath, ['scripts/minify-islands.mjs', staging]) },
  { name: 'search index', run: (staging) => run(process.execPath, ['scripts/search-index.mjs', staging]) },
  {
    name: 'headers',
    run: (staging) => {
      fs.writeFileSync(path.join(staging, '_headers'), netlifyHeadersFile());
      fs.writeFileSync(path.join(staging, 'nginx-headers.conf'), nginxHeadersSnippet());
    },
  },
  {
    name: 'link check',
    run: (staging) => {
      const broken = checkBuiltLinks(staging);
      if (broken.length > 0) throw new Error(`link check: ${broken.length} broken\n${broken.join('\n')}`);
      console.log('link check: every internal reference resolves');
    },
  },
  {
    name: 'precompress',
    run: (staging) => {
      const t = precompressFolder(staging);
      console.log(
        `precompress: ${t.files} files, ${(t.bytes / 1e6).toFixed(1)} MB -> brotli ${(t.brBytes / 1e6).toFixed(1)} MB, gzip ${(t.gzBytes / 1e6).toFixed(1)} MB`,
      );
    },
  },
];

const started = performance.now();
runAtomicBuild(paths, steps, ({ name, seconds }) => console.log(`build: ${name} ${seconds.toFixed(1)} s`)).then(
  (timings) => {
    const total = (performance.now() - started) / 1000;
    console.log(`build: out/ replaced after ${total.toFixed(1)} s`);
    // The last build's timings, for `npm run bench` (next build empties .next, so not there).
    const file = process.env.BUILD_TIMINGS ?? path.join(project, '.build-timings.json');
    fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), total, timings }, null, 2));
  },
  (error: Error) => {
    console.error(`build failed, out/ left as it was: ${error.message}`);
    process.exit(1);
  },
);
