/**
 * `npm run bench:scale` (issue 12, point 6): how build cost grows with the amount of content.
 * Builds the real content, then the real content plus each size in SCALE_DOCS (default 500 and
 * 1,000) of synthetic documents, with the normal atomic build (scripts/build.ts) pointed at a generated content
 * folder (CONTENT_DIR) and a separate output folder (BUILD_OUT_DIR), so this checkout's
 * content/ and out/ are never touched. Reports time per phase (validate, content compile,
 * export, post-processing), total, per document, per page and per MB of HTML, the cost of each
 * increment (per added document, page and MB), and the peak memory of the
 * largest build process (GNU time's maximum resident set size), as a table and as
 * bench/scale.json. Cleans up after itself, and recompiles the real content at the end
 * (contentlayer's output folder is shared).
 *
 * The synthetic documents are real ones copied under new ids, so they pass the same
 * validation: sources, glossary terms, topic pages (MDX), state records (under the ISO 3166
 * codes that have no record yet, about 50: validation accepts only real codes) and a few
 * instruments with a position on every dimension, in the real content's proportions (see
 * addSyntheticDocuments). Treaty provisions are not multiplied:
 * they are fixed by the treaty's text.
 * Usage: npm run bench:scale   env: SCALE_DOCS (sizes, default 500,1000), SCALE_INSTRUMENTS (2)
 *        tsx scripts/bench-scale.ts --generate <folder>   (only write the generated content)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import isoCountries from 'i18n-iso-countries';

const project = path.resolve(__dirname, '..');
const runsDir = path.join(project, 'bench-scale-runs'); // inside the project: contentlayer reads relative paths
// One build per size: the real content alone, then with each number of generated documents.
const syntheticSizes = (process.env.SCALE_DOCS ?? '500,1000').split(',').map(Number);
const synthetic = Math.max(...syntheticSizes);
const syntheticInstruments = Number(process.env.SCALE_INSTRUMENTS ?? 2);
const bin = (name: string) => path.join(project, 'node_modules', '.bin', name);

function countDocuments(content: string): number {
  const walk = (d: string): number =>
    fs
      .readdirSync(d, { withFileTypes: true })
      .reduce((n, e) => n + (e.isDirectory() ? walk(path.join(d, e.name)) : /\.(ya?ml|mdx)$/.test(e.name) ? 1 : 0), 0);
  return walk(content);
}

const filesIn = (dir: string, ext: string) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort();

/** Writes `count` copies of the documents in `folder`, each through `rewrite(text, id, i)`. */
function copies(
  content: string,
  folder: string,
  ext: string,
  count: number,
  rewrite: (text: string, id: string, i: number) => { name: string; text: string },
) {
  const files = filesIn(path.join(content, folder), ext);
  for (let i = 0; i < count; i += 1) {
    const file = files[i % files.length]!;
    const { name, text } = rewrite(
      fs.readFileSync(path.join(content, folder, file), 'utf8'),
      file.slice(0, -ext.length),
      i,
    );
    fs.writeFileSync(path.join(content, folder, name), text);
  }
}

/** ISO 3166-1 codes that have no record yet (territories, mostly): validation accepts only real codes. */
function unusedIsoCodes(content: string): string[] {
  const used = new Set(filesIn(path.join(content, 'states'), '.yaml').map((f) => f.slice(0, -5).toUpperCase()));
  return Object.keys(isoCountries.getAlpha3Codes())
    .filter((iso) => !used.has(iso))
    .sort();
}

/**
 * Adds `total` documents in the proportions of the real content (sources, states, topics and
 * glossary terms counted in content/), so that a generated document costs what a real one does
 * on average; a mix heavier in topics than the real one would make cost per document grow by
 * composition alone. States are capped by the unused ISO codes (about 50); what the cap leaves
 * goes to sources, in proportion. Instruments are a fixed few (SCALE_INSTRUMENTS): the set of
 * landmine instruments is curated, not growing with content, and each one adds a page and an
 * embed for every pair (quadratic by design), which would hide how everything else grows.
 */
function addSyntheticDocuments(content: string, total: number) {
  const nInstruments = Math.min(syntheticInstruments, total);
  const isoCodes = unusedIsoCodes(content);
  const real = (folder: string, ext: string) => filesIn(path.join(content, folder), ext).length;
  const shares = { states: real('states', '.yaml'), topics: real('topics', '.mdx'), terms: real('glossary', '.yaml') };
  const realTotal = shares.states + shares.topics + shares.terms + real('sources', '.yaml');
  const rest = total - nInstruments;
  const nStates = Math.min(Math.round((rest * shares.states) / realTotal), isoCodes.length);
  const nTopics = Math.round((rest * shares.topics) / realTotal);
  const nTerms = Math.round((rest * shares.terms) / realTotal);
  const nSources = rest - nStates - nTopics - nTerms;
  copies(content, 'sources', '.yaml', nSources, (text, id, i) => ({
    name: `synthetic-${i}.yaml`,
    text: text.replace(`id: ${id}`, `id: synthetic-${i}`),
  }));
  copies(content, 'glossary', '.yaml', nTerms, (text, id, i) => ({
    name: `synthetic-term-${i}.yaml`,
    text: text.replace(`id: ${id}`, `id: synthetic-term-${i}`).replace(/^term: (.*)$/m, `term: Synthetic term ${i}`),
  }));
  copies(content, 'topics', '.mdx', nTopics, (text, id, i) => ({
    name: `synthetic-topic-${i}.mdx`,
    text: text.replace(`slug: ${id}`, `slug: synthetic-topic-${i}`),
  }));
  copies(content, 'states', '.yaml', nStates, (text, _id, i) => {
    const iso = isoCodes[i]!;
    return {
      name: `${iso.toLowerCase()}.yaml`,
      text: text.replace(/^iso: .*$/m, `iso: ${iso}`).replace(/^name: .*$/m, `name: Synthetic State ${iso}`),
    };
  });
  // One actor's policies are compared in sequence; copies of a national policy without the
  // actor stand alone, each with a position on every dimension (what the matrix needs).
  const policy = fs.readFileSync(path.join(content, 'instruments', 'us-2004-policy.mdx'), 'utf8');
  for (let i = 0; i < nInstruments; i += 1) {
    const id = `synthetic-instrument-${i}`;
    const text = policy
      .replace(/^id: .*$/m, `id: ${id}`)
      .replace(/^title: .*$/m, `title: 'Synthetic instrument ${i}'`)
      .replace(/^shortTitle: .*$/m, `shortTitle: 'Synthetic ${i}'`)
      .replace(/^actor: .*\n/m, '');
    fs.writeFileSync(path.join(content, 'instruments', `${id}.mdx`), text);
  }
}

interface Run {
  label: string;
  documents: number;
  pages: number;
  htmlMb: number;
  totalSeconds: number;
  phases: Record<string, number>;
  /** Every step of scripts/build.ts, to see which one grows within a phase. */
  steps: Record<string, number>;
  peakMemoryMb: number;
  cpuSeconds: number;
  cpuMsPerDocument: number;
  cpuMsPerPage: number;
  msPerDocument: number;
  msPerPage: number;
  msPerHtmlMb: number;
  loadBefore: number;
}

/** Build steps (scripts/build.ts) grouped into the phases the issue names. */
const PHASES: Record<string, string[]> = {
  validate: ['validate'],
  'content compile': ['content'],
  export: ['next build'],
  'post-processing': ['strip runtime', 'search index', 'headers', 'link check', 'precompress'],
};

/** Pages (index.html files) and their total size: synthetic pages need not weigh what real ones do. */
function countPages(out: string): { pages: number; htmlMb: number } {
  let pages = 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else if (e.name === 'index.html') {
        pages += 1;
        bytes += fs.statSync(path.join(d, e.name)).size;
      }
    }
  };
  walk(out);
  return { pages, htmlMb: round(bytes / 1e6, 1) };
}

function build(label: string, withSynthetic: number): Run {
  fs.mkdirSync(runsDir, { recursive: true });
  const dir = fs.mkdtempSync(path.join(runsDir, 'run-'));
  try {
    const content = path.join(dir, 'content');
    fs.cpSync(path.join(project, 'content'), content, { recursive: true });
    if (withSynthetic > 0) addSyntheticDocuments(content, withSynthetic);
    const documents = countDocuments(content);
    const timings = path.join(dir, 'timings.json');
    const memory = path.join(dir, 'memory.txt');
    // Contentlayer keeps one cache and output for the project: start each build from nothing,
    // so the content phase is measured alike and never reuses the other set's output.
    fs.rmSync(path.join(project, '.contentlayer'), { recursive: true, force: true });
    const loadBefore = os.loadavg()[0]!;
    console.log(`bench:scale: building ${label} (${documents} documents) in ${path.relative(project, dir)}`);
    const result = spawnSync('/usr/bin/time', ['-f', '%M %U %S', '-o', memory, bin('tsx'), 'scripts/build.ts'], {
      cwd: project,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        CONTENT_DIR: path.relative(project, content),
        BUILD_OUT_DIR: dir,
        BUILD_TIMINGS: timings,
        NEXT_TELEMETRY_DISABLED: '1',
      },
    });
    if (result.status !== 0) throw new Error(`build of ${label} failed`);
    const t = JSON.parse(fs.readFileSync(timings, 'utf8')) as {
      total: number;
      timings: { name: string; seconds: number }[];
    };
    const seconds = (names: string[]) =>
      t.timings.filter((s) => names.includes(s.name)).reduce((sum, s) => sum + s.seconds, 0);
    const { pages, htmlMb } = countPages(path.join(dir, 'out'));
    // GNU time's last line: peak resident set (KB) of the largest process, then user and system CPU
    // seconds of the whole build with every process it waited for. CPU time barely moves with other
    // load on the machine, where wall time does: it is the figure to compare between runs.
    const [peakKb, user, system] = fs.readFileSync(memory, 'utf8').trim().split('\n').pop()!.split(' ').map(Number) as [
      number,
      number,
      number,
    ];
    const cpuSeconds = user + system;
    return {
      label,
      documents,
      pages,
      htmlMb,
      totalSeconds: round(t.total, 1),
      phases: Object.fromEntries(Object.entries(PHASES).map(([phase, names]) => [phase, round(seconds(names), 1)])),
      steps: Object.fromEntries(t.timings.map((s) => [s.name, round(s.seconds, 1)])),
      // GNU time: the largest resident set of any one process of the build (next build's workers).
      peakMemoryMb: Math.round(peakKb / 1024),
      cpuSeconds: round(cpuSeconds, 1),
      cpuMsPerDocument: Math.round((cpuSeconds / documents) * 1000),
      cpuMsPerPage: Math.round((cpuSeconds / pages) * 1000),
      msPerDocument: Math.round((t.total / documents) * 1000),
      msPerPage: Math.round((t.total / pages) * 1000),
      msPerHtmlMb: Math.round((t.total / htmlMb) * 1000),
      loadBefore: round(loadBefore, 1),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

if (process.argv[2] === '--generate') {
  // Only write the generated content folder (to look at it, or to validate it alone).
  const target = path.resolve(process.argv[3] ?? path.join(runsDir, 'content'));
  fs.cpSync(path.join(project, 'content'), target, { recursive: true });
  addSyntheticDocuments(target, synthetic);
  console.log(`bench:scale: ${countDocuments(target)} documents in ${target}`);
} else {
  measure();
}

/** Cost of the documents added between two runs, per added document, page and MB of HTML. */
function marginal(from: Run, to: Run) {
  const seconds = to.totalSeconds - from.totalSeconds;
  const cpu = to.cpuSeconds - from.cpuSeconds;
  return {
    between: `${from.label} -> ${to.label}`,
    addedDocuments: to.documents - from.documents,
    addedPages: to.pages - from.pages,
    msPerAddedDocument: Math.round((seconds / (to.documents - from.documents)) * 1000),
    msPerAddedPage: Math.round((seconds / (to.pages - from.pages)) * 1000),
    msPerAddedHtmlMb: Math.round((seconds / (to.htmlMb - from.htmlMb)) * 1000),
    cpuMsPerAddedDocument: Math.round((cpu / (to.documents - from.documents)) * 1000),
    cpuMsPerAddedPage: Math.round((cpu / (to.pages - from.pages)) * 1000),
  };
}

function measure() {
  try {
    const runs = [build('real content', 0), ...syntheticSizes.map((n) => build(`real + ${n} synthetic`, n))];
    console.table(runs.map(({ phases, steps: _steps, ...r }) => ({ ...r, ...phases })));
    const increments = runs.slice(1).map((run, i) => marginal(runs[i]!, run));
    console.table(increments);
    const largest = runs[runs.length - 1]!;
    console.log(
      `CPU per document: ${runs.map((r) => r.cpuMsPerDocument).join(' -> ')} ms; CPU per page: ${runs.map((r) => r.cpuMsPerPage).join(' -> ')} ms; ` +
        `wall per document: ${runs.map((r) => r.msPerDocument).join(' -> ')} ms; per page: ${runs.map((r) => r.msPerPage).join(' -> ')} ms; ` +
        `per MB of HTML: ${runs.map((r) => r.msPerHtmlMb).join(' -> ')} ms; peak memory ${largest.peakMemoryMb} MB of ${Math.round(os.totalmem() / 2 ** 20)} MB`,
    );
    fs.mkdirSync(path.join(project, 'bench'), { recursive: true });
    fs.writeFileSync(
      path.join(project, 'bench', 'scale.json'),
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          cpus: os.cpus().length,
          memoryGb: Math.round(os.totalmem() / 2 ** 30),
          loadAverageAfter: round(os.loadavg()[0]!, 1),
          syntheticInstruments,
          runs,
          increments,
        },
        null,
        2,
      )}\n`,
    );
  } finally {
    fs.rmSync(runsDir, { recursive: true, force: true });
    // .contentlayer/ now holds the last generated set (and a cache that would keep it):
    // compile the real content again from nothing.
    fs.rmSync(path.join(project, '.contentlayer'), { recursive: true, force: true });
    spawnSync(bin('contentlayer2'), ['build'], { cwd: project, stdio: 'ignore' });
  }
}
