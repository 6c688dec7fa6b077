/**
 * First-load JavaScript per route, as a browser loads it: the gzip size of every
 * `<script src>` in the built HTML (next build's size table under-reports; after
 * scripts/strip-runtime.ts only the islands remain).
 * Usage: node scripts/measure-js.mjs [outDir]
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const out = path.resolve(process.argv[2] ?? 'out');

function pages(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === '_next' ? [] : pages(full);
    return e.name === 'index.html' ? [full] : [];
  });
}

const gzipSize = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const rows = pages(out).map((file) => {
  const html = fs.readFileSync(file, 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
  const js = scripts.reduce((sum, src) => sum + gzipSize(path.join(out, src.replace(/^\//, '').split('?')[0])), 0);
  const route = `/${path.relative(out, path.dirname(file))}/`.replace(/^\/\/$|^\/\.\/$/, '/');
  return {
    route,
    scripts: scripts.length,
    jsGzipKB: +(js / 1024).toFixed(1),
    htmlGzipKB: +(zlib.gzipSync(html).length / 1024).toFixed(1),
  };
});
console.table(rows.sort((a, b) => a.route.localeCompare(b.route)));
