/**
 * Turning a raw request target into a safe site path, and the pair picker's redirect target.
 * Pure functions: every decision about what a URL may reach is made here and unit-tested.
 */
import path from 'node:path';

export type ParsedTarget =
  { ok: true; pathname: string; query: URLSearchParams; trailingSlash: boolean } | { ok: false; status: 400 | 404 };

/**
 * Decodes and normalises the path of a request target. Malformed percent-encoding, NUL
 * bytes, backslashes and any `..` segment (encoded or not) are refused, so the result can
 * only name something inside the served folder; `//` runs collapse to one slash.
 */
export function parseTarget(raw: string | undefined): ParsedTarget {
  if (!raw || !raw.startsWith('/')) return { ok: false, status: 400 };
  const q = raw.indexOf('?');
  const rawPath = q === -1 ? raw : raw.slice(0, q);
  const query = new URLSearchParams(q === -1 ? '' : raw.slice(q + 1));
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { ok: false, status: 400 };
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) return { ok: false, status: 404 };
  const pathname = '/' + segments.join('/');
  return { ok: true, pathname, query, trailingSlash: decoded.endsWith('/') };
}

const SLUG = /^[a-z0-9-]{1,64}$/;

/**
 * Where the pair picker's plain form (`/compare/select/?a=…&b=…`) should go: the pair's page,
 * earlier instrument first as the site lists it, or null when no such page exists. The
 * result is always a same-site path built from two validated slugs.
 */
export function pairRedirect(query: URLSearchParams, pageExists: (sitePath: string) => boolean): string | null {
  const a = query.get('a') ?? '';
  const b = query.get('b') ?? '';
  if (!SLUG.test(a) || !SLUG.test(b) || a === b) return null;
  for (const [x, y] of [
    [a, b],
    [b, a],
  ]) {
    const target = `/compare/${x}/${y}/`;
    if (pageExists(target)) return target;
  }
  return null;
}

/** Where the side-by-side picker submits (paths.textCompare, without its trailing slash as parseTarget gives it). */
export const TEXT_PICKER_PATH = '/treaties/ottawa/texts/compare';
const LANGUAGE = /^[a-z]{2,3}$/;
const PART = /^(preamble|article-\d{1,3})$/;

/**
 * Where the side-by-side picker's plain form (`…/texts/compare/?a=fr&b=es&part=article-4`)
 * should go: that part of the pair's page, in whichever order the site lists the pair, or the
 * pair's contents when no part is given; null when no such page exists or the two are the same.
 * The result is a same-site path built only from validated codes.
 */
export function textPairRedirect(query: URLSearchParams, pageExists: (sitePath: string) => boolean): string | null {
  const a = query.get('a') ?? '';
  const b = query.get('b') ?? '';
  const part = query.get('part') ?? '';
  if (!LANGUAGE.test(a) || !LANGUAGE.test(b) || a === b || (part !== '' && !PART.test(part))) return null;
  for (const [x, y] of [
    [a, b],
    [b, a],
  ]) {
    const target = `${TEXT_PICKER_PATH}/${x}/${y}/${part ? `${part}/` : ''}`;
    if (pageExists(target)) return target;
  }
  return null;
}

/** The file (relative to the served folder, with `/`) a site path may be answered with. */
export function candidateFiles(pathname: string): string[] {
  const rel = pathname.slice(1);
  if (rel === '') return ['index.html'];
  return [rel, path.posix.join(rel, 'index.html'), `${rel}.html`];
}
