/**
 * The production server, probed with raw requests as an attacker or a careless client would:
 * each test names what a user or an operator would notice if it failed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { precompressFolder } from '@/lib/build/compress';
import { startStaticServer } from '@/lib/server/staticServer';

let parent: string;
let root: string;
let server: http.Server;
let port: number;
const BIG = 'x'.repeat(4 * 1024 * 1024);
const HOME = `<!doctype html><html><body><h1>Home</h1>${'<p>landmine law</p>'.repeat(100)}</body></html>`;

function write(rel: string, body: string) {
  const file = path.join(root, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, body);
}

beforeAll(async () => {
  parent = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-test-'));
  root = path.join(parent, 'out');
  write('index.html', HOME);
  write('404.html', '<!doctype html><title>Not found</title><p>No such page');
  write('states/index.html', '<!doctype html><title>States</title>');
  write('compare/select/index.html', '<!doctype html><title>Pick a pair</title>');
  write('compare/ottawa/apii/index.html', '<!doctype html><title>Ottawa and APII</title>');
  write('treaties/ottawa/texts/compare/index.html', '<!doctype html><title>Pick two texts</title>');
  write(
    'treaties/ottawa/texts/compare/en/fr/article-4/index.html',
    '<!doctype html><title>Article 4, en and fr</title>',
  );
  write('embed/chart/index.html', '<!doctype html><title>Embed</title>');
  write('_next/static/chunks/app-0a1b2c.css', 'body{color:black}'.repeat(40));
  write('data/big.csv', BIG);
  // What must never be reachable: a sibling folder whose name starts with "out", and a
  // file outside the root reached through a symlink inside it.
  fs.mkdirSync(path.join(parent, 'out-secret'));
  fs.writeFileSync(path.join(parent, 'out-secret', 'secret.txt'), 'SECRET');
  fs.symlinkSync(path.join(parent, 'out-secret', 'secret.txt'), path.join(root, 'leak.txt'));
  fs.symlinkSync(path.join(parent, 'out-secret'), path.join(root, 'leakdir'));
  precompressFolder(root);
  server = await startStaticServer({ root, port: 0, log: () => {} });
  port = (server.address() as net.AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(parent, { recursive: true, force: true });
});

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Sends bytes exactly as given (no client-side URL normalisation) and reads the response. */
function raw(requestLine: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const lines = [
      requestLine,
      'Host: 127.0.0.1',
      'Connection: close',
      ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    ];
    socket.write(`${lines.join('\r\n')}\r\n\r\n`);
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('end', () => {
      const all = Buffer.concat(chunks);
      const split = all.indexOf('\r\n\r\n');
      const head = all.subarray(0, split).toString('latin1').split('\r\n');
      const status = Number(head[0]!.split(' ')[1]);
      const parsed: Record<string, string> = {};
      for (const line of head.slice(1)) {
        const colon = line.indexOf(':');
        parsed[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status, headers: parsed, body: all.subarray(split + 4) });
    });
  });
}

const get = (target: string, headers: Record<string, string> = {}) => raw(`GET ${target} HTTP/1.1`, headers);

describe('the static server', () => {
  it('serves a page with its length, validators and short cache', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.body.toString()).toBe(HOME);
    expect(res.headers['content-length']).toBe(String(Buffer.byteLength(HOME)));
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['etag']).toBeTruthy();
    expect(res.headers['last-modified']).toBeTruthy();
    expect(res.headers['cache-control']).toBe('public, max-age=300, must-revalidate');
  });

  it('sends the precompressed brotli or gzip file the client accepts', async () => {
    const br = await get('/', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(HOME);
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    const gz = await get('/', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).toString()).toBe(HOME);
  });

  it('caches content-hashed assets as immutable', async () => {
    const res = await get('/_next/static/chunks/app-0a1b2c.css');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-type']).toMatch(/^text\/css/);
  });

  it('answers a matching ETag with 304 and no body', async () => {
    const first = await get('/states/');
    const again = await get('/states/', { 'If-None-Match': first.headers['etag']! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const res = await raw('HEAD /states/ HTTP/1.1');
    expect(res.status).toBe(200);
    expect(Number(res.headers['content-length'])).toBeGreaterThan(0);
    expect(res.body.length).toBe(0);
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'])(
    'refuses %s with 405 and says what is allowed',
    async (method) => {
      const res = await raw(`${method} / HTTP/1.1`, { 'Content-Length': '0' });
      expect(res.status).toBe(405);
      expect(res.headers['allow']).toBe('GET, HEAD');
    },
  );

  it('survives malformed percent-encoding and keeps serving', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/states/%')).status).toBe(400);
    expect((await get('/')).status).toBe(200);
  });

  it.each([
    '/../out-secret/secret.txt',
    '/..%2fout-secret/secret.txt',
    '/%2e%2e/out-secret/secret.txt',
    '/%2e%2e%2fout-secret%2fsecret.txt',
    '/states/..%2f..%2fout-secret/secret.txt',
    '/..%5cout-secret%5csecret.txt',
    '/leak.txt',
    '/leakdir/secret.txt',
  ])('never sends a file outside out/: %s', async (target) => {
    const res = await get(target);
    expect([400, 404]).toContain(res.status);
    expect(res.body.toString()).not.toContain('SECRET');
  });

  it.each([
    '//evil.example/',
    '//host//evil.example/..',
    '//host//evil.example/..%2fstates',
    '/\\evil.example/',
    '//evil.example/states',
  ])('never redirects to another site: %s', async (target) => {
    const res = await get(target);
    const location = res.headers['location'];
    if (location !== undefined) {
      expect(location).toMatch(/^\/(?![/\\])/);
      expect(location).not.toContain('evil.example');
    }
  });

  it('adds the trailing slash a folder page needs, keeping the query', async () => {
    const res = await get('/states?x=1');
    expect(res.status).toBe(308);
    expect(res.headers['location']).toBe('/states/?x=1');
  });

  it('sends the pair picker to the pair page, in either order', async () => {
    for (const query of ['a=ottawa&b=apii', 'a=apii&b=ottawa']) {
      const res = await get(`/compare/select/?${query}`);
      expect(res.status).toBe(303);
      expect(res.headers['location']).toBe('/compare/ottawa/apii/');
    }
  });

  it.each(['a=//evil.example&b=apii', 'a=ottawa&b=..%2f..%2fstates', 'a=ottawa&b=nope', 'a=ottawa&b=ottawa'])(
    'shows the picker page instead of redirecting for %s',
    async (query) => {
      const res = await get(`/compare/select/?${query}`);
      expect(res.status).toBe(200);
      expect(res.body.toString()).toContain('Pick a pair');
    },
  );

  it('sends the treaty texts picker to that part of the pair, in either order, or else shows the picker page', async () => {
    for (const query of ['a=en&b=fr&part=article-4', 'a=fr&b=en&part=article-4']) {
      const res = await get(`/treaties/ottawa/texts/compare/?${query}`);
      expect(res.status).toBe(303);
      expect(res.headers['location']).toBe('/treaties/ottawa/texts/compare/en/fr/article-4/');
    }
    for (const query of ['a=en&b=fr&part=article-5', 'a=en&b=en&part=article-4', 'a=en&b=fr&part=..%2f..%2fx']) {
      const res = await get(`/treaties/ottawa/texts/compare/?${query}`);
      expect(res.status).toBe(200);
      expect(res.body.toString()).toContain('Pick two texts');
    }
  });

  it('answers an unknown address with the 404 page', async () => {
    const res = await get('/no/such/page/');
    expect(res.status).toBe(404);
    expect(res.body.toString()).toContain('No such page');
  });

  it('sends the security headers, and lets only embed pages be framed', async () => {
    const page = await get('/states/');
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBeTruthy();
    expect(page.headers['permissions-policy']).toContain('camera=()');
    expect(page.headers['x-frame-options']).toBe('DENY');
    const embed = await get('/embed/chart/');
    expect(embed.headers['content-security-policy']).toContain('frame-ancestors *');
    expect(embed.headers['x-frame-options']).toBeUndefined();
  });

  it('does not leak file handles when clients abort downloads', async () => {
    const openFds = () => fs.readdirSync('/proc/self/fd').length;
    const before = openFds();
    await Promise.all(
      Array.from(
        { length: 100 },
        () =>
          new Promise<void>((resolve) => {
            const req = http.get({ host: '127.0.0.1', port, path: '/data/big.csv' }, (res) => {
              res.once('data', () => {
                req.destroy();
                resolve();
              });
            });
            req.on('error', () => resolve());
          }),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(openFds()).toBeLessThanOrEqual(before + 2);
    expect((await get('/')).status).toBe(200);
  });
});
