#!/usr/bin/env node
/**
 * Serves the static build in out/ (what `npm start` and the browser tests use). It does what
 * any static host does (files, index.html for directories, a slash redirect, the 404 page)
 * plus one thing a static host cannot: it redirects the pair picker's plain form
 * submission, /compare/select/?a=…&b=…, to that pair's page, so the picker needs no JavaScript.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(process.argv[2] ?? 'out');
const port = Number(process.env.PORT ?? 3000);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** The pair pages that exist, read from the build: /compare/<a>/<b>/. */
function pairExists(a, b) {
  return (
    /^[a-z0-9-]+$/.test(a) && /^[a-z0-9-]+$/.test(b) && fs.existsSync(path.join(root, 'compare', a, b, 'index.html'))
  );
}

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.csv', '.svg', '.txt', '.xml']);

/** Sends a file, gzipped when the client accepts it (as any production host would). */
function send(req, res, status, file) {
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  const gzip = COMPRESSIBLE.has(path.extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  res.writeHead(status, {
    'Content-Type': type,
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  const stream = fs.createReadStream(file);
  (gzip ? stream.pipe(zlib.createGzip()) : stream).pipe(res);
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/compare/select/' && url.searchParams.has('a') && url.searchParams.has('b')) {
    const a = url.searchParams.get('a') ?? '';
    const b = url.searchParams.get('b') ?? '';
    // Pairs have one address, earlier instrument first: try both orders.
    const target = pairExists(a, b) ? `/compare/${a}/${b}/` : pairExists(b, a) ? `/compare/${b}/${a}/` : null;
    if (target) {
      res.writeHead(303, { Location: target });
      return res.end();
    }
  }
  const requested = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
  if (!requested.startsWith(root)) return send(req, res, 404, path.join(root, '404.html'));
  let file = requested;
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
    if (!url.pathname.endsWith('/')) {
      res.writeHead(308, { Location: `${url.pathname}/${url.search}` });
      return res.end();
    }
    file = path.join(file, 'index.html');
  }
  if (fs.existsSync(file) && fs.statSync(file).isFile()) return send(req, res, 200, file);
  return send(req, res, 404, path.join(root, '404.html'));
});

server.listen(port, () => console.log(`Serving ${root} at http://localhost:${port}/`));
