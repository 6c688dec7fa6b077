/**
 * Precompression at build: a `.br` and a `.gz` beside every text file, so the server (sirv,
 * nginx `gzip_static`, most CDNs) sends them as they are instead of compressing per request.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const COMPRESSIBLE_EXTENSIONS = new Set(['.html', '.css', '.js', '.json', '.csv', '.svg', '.txt', '.xml']);

/** Files smaller than this gain nothing from compression (headers cost more than they save). */
const MIN_BYTES = 256;

export function shouldCompress(file: string, size: number): boolean {
  return size >= MIN_BYTES && COMPRESSIBLE_EXTENSIONS.has(path.extname(file));
}

/**
 * Brotli quality 5, not the maximum 11: measured on this site's 11 MB of text (2 shared cores),
 * 3 s instead of 130 s, for 1.66 MB instead of 1.46 MB (both well under gzip's 1.88 MB).
 */
export const BROTLI_QUALITY = 5;

export function brotli(data: Buffer): Buffer {
  return zlib.brotliCompressSync(data, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
    },
  });
}

export function gzip(data: Buffer): Buffer {
  return zlib.gzipSync(data, { level: zlib.constants.Z_BEST_COMPRESSION });
}

function walkFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? walkFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

/** Writes file.br and file.gz beside each compressible file in dir; returns counts and bytes. */
export function precompressFolder(dir: string): { files: number; bytes: number; brBytes: number; gzBytes: number } {
  const totals = { files: 0, bytes: 0, brBytes: 0, gzBytes: 0 };
  for (const file of walkFiles(dir)) {
    const size = fs.statSync(file).size;
    if (!shouldCompress(file, size)) continue;
    const data = fs.readFileSync(file);
    const br = brotli(data);
    const gz = gzip(data);
    fs.writeFileSync(`${file}.br`, br);
    fs.writeFileSync(`${file}.gz`, gz);
    totals.files += 1;
    totals.bytes += size;
    totals.brBytes += br.length;
    totals.gzBytes += gz.length;
  }
  return totals;
}
