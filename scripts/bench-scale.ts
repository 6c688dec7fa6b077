/**
 * UNFINISHED (not wired to an npm script yet): in the project copy, `contentlayer2 build` does
 * not write the copy's .contentlayer/ (it appears to resolve its folder through the linked
 * node_modules), so `next build` there cannot resolve 'contentlayer/generated'. Needs either a
 * CONTENT_DIR override in contentlayer.config.ts and lib/content/rawDocuments.ts, or a real
 * install in the copy. The rest (generation, timing, peak memory, report) is written.
 *
 * `npm run bench:scale`: how build cost grows with the amount of content. Builds the real
 * content and the real content plus SCALE_DOCS (default 1,000) synthetic documents, each in a
 * temporary copy of the project (node_modules linked, this checkout untouched), with the
 * normal atomic build (scripts/build.ts), and reports time per step, total, per document, and
 * the peak memory of the largest build process (GNU time's maximum resident set size).
 *
 * The synthetic documents are copies of real ones under new ids, so they pass the same
 * validation: sources, glossary terms (citing the copied sources) and topic pages (MDX).
 * States, instruments and provisions are not multiplied: state ids are ISO codes (fixed by
 * the world, ~200), instruments add a page per pair (quadratic by design) and the treaty's
 * provisions are fixed by its text.
 * Usage: tsx scripts/bench-scale.ts   env: SCALE_DOCS (1000)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const project = path.resolve(__dirname, '..');
const synthetic = Number(process.env.SCALE_DOCS ?? 1000);
const SKIP = new Set([
  'bench-scale-runs',
  'node_modules',
  '.next',
  'out',
  '.out-staging',
  'out.previous',
  '.contentlayer',
  '.git',
  'test-results',
  'bench',
]);

function copyProject(): string {
  // Inside the project: Turbopack (NEXT_TURBOPACK_ROOT) must see the linked node_modules.
  fs.mkdirSync(path.join(project, 'bench-scale-runs'), { recursive: true });
  const dir = fs.mkdtempSync(path.join(project, 'bench-scale-runs', 'run-'));
  for (const entry of fs.readdirSync(project)) {
    if (SKIP.has(entry)) continue;
    fs.cpSync(path.join(project, entry), path.join(dir, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(project, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

function countDocuments(content: string): number {
  const walk = (d: string): number =>
    fs
      .readdirSync(d, { withFileTypes: true })
      .reduce((n, e) => n + (e.isDirectory() ? walk(path.join(d, e.name)) : /\.(ya?ml|mdx)$/.test(e.name) ? 1 : 0), 0);
  return walk(content);
}

/** Copies real documents under new ids: 60 % sources, 20 % terms, 20 % topic pages. */
function addSyntheticDocuments(content: string, total: number) {
  const sourceFiles = fs.readdirSync(path.join(content, 'sources')).filter((f) => f.endsWith('.yaml'));
  const termFiles = fs.readdirSync(path.join(content, 'glossary')).filter((f) => f.endsWith('.yaml'));
  const topicFiles = fs.readdirSync(path.join(content, 'topics')).filter((f) => f.endsWith('.mdx'));
  const nSources = Math.round(total * 0.6);
  const nTerms = Math.round(total * 0.2);
  const nTopics = total - nSources - nTerms;
  for (let i = 0; i < nSources; i += 1) {
    const file = sourceFiles[i % sourceFiles.length]!;
    const id = file.replace(/\.yaml$/, '');
    const text = fs.readFileSync(path.join(content, 'sources', file), 'utf8');
    fs.writeFileSync(
      path.join(content, 'sources', `synthetic-${i}.yaml`),
      text.replace(`id: ${id}`, `id: synthetic-${i}`),
    );
  }
  for (let i = 0; i < nTerms; i += 1) {
    const file = termFiles[i % termFiles.length]!;
    const id = file.replace(/\.yaml$/, '');
    const text = fs.readFileSync(path.join(content, 'glossary', file), 'utf8');
    fs.writeFileSync(
      path.join(content, 'glossary', `synthetic-term-${i}.yaml`),
      text.replace(`id: ${id}`, `id: synthetic-term-${i}`).replace(/^term: (.*)$/m, `term: $1 (synthetic ${i})`),
    );
  }
  for (let i = 0; i < nTopics; i += 1) {
    const file = topicFiles[i % topicFiles.length]!;
    const slug = file.replace(/\.mdx$/, '');
    const text = fs.readFileSync(path.join(content, 'topics', file), 'utf8');
    fs.writeFileSync(
      path.join(content, 'topics', `synthetic-topic-${i}.mdx`),
      text.replace(`slug: ${slug}`, `slug: synthetic-topic-${i}`),
    );
  }
}

interface Run {
  label: string;
  documents: number;
  pages: number;
  totalSeconds: number;
  steps: Record<string, number>;
  peakMemoryMb: number;
  secondsPerDocument: number;
}

function build(label: string, withSynthetic: number): Run {
  const dir = copyProject();
  try {
    if (withSynthetic > 0) addSyntheticDocuments(path.join(dir, 'content'), withSynthetic);
    const documents = countDocuments(path.join(dir, 'content'));
    const timings = path.join(dir, 'timings.json');
    const memory = path.join(dir, 'memory.txt');
    console.log(`bench:scale: building ${label} (${documents} documents) in ${dir}`);
    const result = spawnSync(
      '/usr/bin/time',
      ['-f', '%M', '-o', memory, path.join(dir, 'node_modules/.bin/tsx'), 'scripts/build.ts'],
      {
        cwd: dir,
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, BUILD_TIMINGS: timings, NEXT_TELEMETRY_DISABLED: '1', NEXT_TURBOPACK_ROOT: project },
      },
    );
    if (result.status !== 0) throw new Error(`build of ${label} failed`);
    const t = JSON.parse(fs.readFileSync(timings, 'utf8')) as {
      total: number;
      timings: { name: string; seconds: number }[];
    };
    const pages = countPages(path.join(dir, 'out'));
    return {
      label,
      documents,
      pages,
      totalSeconds: Math.round(t.total * 10) / 10,
      steps: Object.fromEntries(t.timings.map((s) => [s.name, Math.round(s.seconds * 10) / 10])),
      peakMemoryMb: Math.round(Number(fs.readFileSync(memory, 'utf8').trim().split('\n').pop()) / 1024),
      secondsPerDocument: Math.round((t.total / documents) * 1000) / 1000,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function countPages(out: string): number {
  const walk = (d: string): number =>
    fs
      .readdirSync(d, { withFileTypes: true })
      .reduce((n, e) => n + (e.isDirectory() ? walk(path.join(d, e.name)) : e.name === 'index.html' ? 1 : 0), 0);
  return walk(out);
}

const runs = [build('real content', 0), build(`real + ${synthetic} synthetic`, synthetic)];
console.table(runs.map(({ steps, ...r }) => ({ ...r, ...steps })));
fs.mkdirSync(path.join(project, 'bench'), { recursive: true });
fs.writeFileSync(
  path.join(project, 'bench', 'scale.json'),
  `${JSON.stringify({ date: new Date().toISOString(), cpus: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), runs }, null, 2)}\n`,
);
