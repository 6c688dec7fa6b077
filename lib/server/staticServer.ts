/**
 * The production static server for out/: sirv does the file serving (precompressed brotli and
 * gzip variants, ETag and 304, Content-Length, Last-Modified); this module adds what sirv
 * leaves to its caller — method checks, safe path decoding, a list of files that may be served
 * (regular files inside the folder, no symlink out of it), the security and cache headers
 * from lib/server/headers.ts, the 404 page, and the redirects of the two pair pickers (instruments, treaty texts).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Readable } from 'node:stream';
import sirv from 'sirv';
import { cacheControl, securityHeaders } from './headers';
import { TEXT_PICKER_PATH, candidateFiles, pairRedirect, parseTarget, textPairRedirect } from './requestPath';

/** Suffixes of the precompressed variants the build writes beside each text file. */
export const ENCODED_SUFFIXES = ['.br', '.gz'] as const;

/**
 * Every file the server may send, relative to root with `/`: regular files, or symlinks whose
 * real path stays inside root. Precompressed variants are listed apart (sirv picks them).
 */
export function listServableFiles(root: string): Set<string> {
  const realRoot = fs.realpathSync(root);
  const inside = (p: string) => p === realRoot || p.startsWith(realRoot + path.sep);
  const files = new Set<string>();
  const walk = (dir: string, rel: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, entry.name);
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        let real: string;
        try {
          real = fs.realpathSync(abs);
        } catch {
          continue; // dangling
        }
        if (!inside(real)) continue;
        isDir = fs.statSync(real).isDirectory();
        if (isDir) continue; // a linked folder would be a second copy of the tree: not followed
      }
      if (isDir) walk(abs, relPath);
      else if (entry.isFile() || entry.isSymbolicLink()) files.add(relPath);
    }
  };
  walk(realRoot, '');
  // A variant that is not itself servable (a symlink out of root) disqualifies its original.
  for (const file of [...files]) {
    for (const suffix of ENCODED_SUFFIXES) {
      const variant = path.join(realRoot, file + suffix);
      if (fs.existsSync(variant) && !files.has(file + suffix)) files.delete(file);
    }
  }
  return files;
}

const TEXT_TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

const ALLOWED_METHODS = 'GET, HEAD';

interface NotFoundPage {
  identity: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}

function readNotFoundPage(root: string): NotFoundPage {
  const file = path.join(root, '404.html');
  const read = (p: string) => (fs.existsSync(p) ? fs.readFileSync(p) : undefined);
  return { identity: read(file) ?? Buffer.from('Not found\n'), br: read(`${file}.br`), gzip: read(`${file}.gz`) };
}

function acceptedEncoding(req: http.IncomingMessage, page: NotFoundPage): ['br' | 'gzip', Buffer] | null {
  const accept = String(req.headers['accept-encoding'] ?? '');
  if (page.br && /\bbr\b/.test(accept)) return ['br', page.br];
  if (page.gzip && /\bgzip\b/.test(accept)) return ['gzip', page.gzip];
  return null;
}

export interface StaticServerOptions {
  root: string;
  /** Logs a line per 5xx/unexpected error; the default is console.error. */
  log?: (message: string) => void;
}

/** A request listener for http.createServer that serves root. */
export function createStaticHandler({ root, log = console.error }: StaticServerOptions): http.RequestListener {
  const absRoot = path.resolve(root);
  const servable = listServableFiles(absRoot);
  const notFound = readNotFoundPage(absRoot);
  const serveFile = sirv(absRoot, {
    dev: false,
    etag: true,
    brotli: true,
    gzip: true,
    extensions: ['html'],
    setHeaders(res, pathname) {
      const type = TEXT_TYPES[path.extname(pathname)];
      if (type) res.setHeader('Content-Type', type);
    },
  });
  const pageExists = (sitePath: string) => servable.has(`${sitePath.slice(1)}index.html`);

  const sendNotFound = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const encoded = acceptedEncoding(req, notFound);
    const body = encoded ? encoded[1] : notFound.identity;
    res.writeHead(404, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      ...(encoded ? { 'Content-Encoding': encoded[0] } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const sendEmpty = (res: http.ServerResponse, status: number, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'Content-Length': '0', ...headers });
    res.end();
  };

  return (req, res) => {
    try {
      // sirv pipes a file stream into the response. If the client goes away, pipe() only
      // unpipes: the file stays open. Close it with the response, and turn a read error
      // (a file removed under a running server) into a dropped response, not a crash.
      res.on('pipe', (source: Readable) => {
        source.once('error', (error) => {
          log(`serve: read error for ${req.url}: ${error.message}`);
          res.destroy();
        });
        res.once('close', () => source.destroy());
      });

      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return sendEmpty(res, 405, { Allow: ALLOWED_METHODS });
      }
      const target = parseTarget(req.url);
      if (!target.ok) {
        for (const [name, value] of Object.entries(securityHeaders('/'))) res.setHeader(name, value);
        return target.status === 404 ? sendNotFound(req, res) : sendEmpty(res, 400);
      }
      const { pathname, query, trailingSlash } = target;
      for (const [name, value] of Object.entries(securityHeaders(pathname))) res.setHeader(name, value);

      if (pathname === '/compare/select' && query.has('a') && query.has('b')) {
        const location = pairRedirect(query, pageExists);
        if (location) return sendEmpty(res, 303, { Location: location });
      }
      if (pathname === TEXT_PICKER_PATH && query.has('a') && query.has('b')) {
        const location = textPairRedirect(query, pageExists);
        if (location) return sendEmpty(res, 303, { Location: location });
      }

      const candidates = candidateFiles(pathname);
      const file = candidates.find((candidate) => servable.has(candidate));
      const isEncodedVariant = ENCODED_SUFFIXES.some((suffix) => pathname.endsWith(suffix));
      if (!file || isEncodedVariant) return sendNotFound(req, res);
      // A folder's page lives at its address with a trailing slash (relative links need it).
      if (file.endsWith('index.html') && file !== candidates[0] && pathname !== '/' && !trailingSlash) {
        const search = query.toString();
        return sendEmpty(res, 308, { Location: `${pathname}/${search ? `?${search}` : ''}` });
      }
      res.setHeader('Cache-Control', cacheControl(pathname));
      // Ranges are not needed for pages this size, and sirv's range parsing trusts its input.
      delete req.headers.range;
      // Hand sirv the one canonical path we decided on, never the raw target.
      req.url = encodeURI(`/${file}`);
      serveFile(req, res, () => sendNotFound(req, res));
    } catch (error) {
      log(`serve: ${req.method} ${req.url}: ${error instanceof Error ? error.stack : String(error)}`);
      if (!res.headersSent) sendEmpty(res, 500);
      else res.destroy();
    }
  };
}

/** Starts the server; resolves once it listens. HOST defaults to loopback. */
export function startStaticServer(
  options: StaticServerOptions & { host?: string; port?: number },
): Promise<http.Server> {
  const server = http.createServer(createStaticHandler(options));
  // Never let one bad connection take the process down.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3000, options.host ?? '127.0.0.1', () => resolve(server));
  });
}
