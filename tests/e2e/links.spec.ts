import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { OUT_DIR, builtRoutes, htmlFor } from './builtSite';

/**
 * Every internal link on every built page resolves: the page exists in the build and,
 * when the link has a #fragment, that page has an element with that id.
 */
const routes = builtRoutes();
const idsByRoute = new Map(routes.map((route) => [route, new Set([...htmlFor(route).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))]));

test('every internal link and #fragment resolves', () => {
  const broken: string[] = [];
  for (const route of routes) {
    const html = htmlFor(route);
    for (const [, rawHref] of html.matchAll(/<a\s[^>]*?href="([^"]+)"/g)) {
      const href = rawHref!.replaceAll('&amp;', '&');
      if (/^[a-z]+:/i.test(href) || href.startsWith('//')) continue; // external
      const url = new URL(href, `http://site${route}`);
      // A data download (/data/compare.csv) is a file, not a page.
      if (!url.pathname.endsWith('/') && fs.existsSync(path.join(OUT_DIR, url.pathname)) && fs.statSync(path.join(OUT_DIR, url.pathname)).isFile()) continue;
      const target = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
      if (!idsByRoute.has(target)) {
        broken.push(`${route} → ${href} (no such page)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !idsByRoute.get(target)!.has(fragment)) broken.push(`${route} → ${href} (no element #${fragment})`);
    }
  }
  expect(broken).toEqual([]);
});

test('no page shows an unfilled figure token or an unrendered MDX tag', () => {
  const leftovers = routes.flatMap((route) => {
    const text = htmlFor(route).replace(/<script[\s\S]*?<\/script>/g, '');
    return [...text.matchAll(/\{fig:[^}]*\}|&lt;(?:Cite|Stat|Quote|Term|Note)\b/g)].map((m) => `${route}: ${m[0]}`);
  });
  expect(leftovers).toEqual([]);
});

test('ids are unique on every page', () => {
  const duplicates = routes.flatMap((route) => {
    const ids = [...htmlFor(route).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    return ids.filter((id, i) => ids.indexOf(id) !== i).map((id) => `${route}#${id}`);
  });
  expect(duplicates).toEqual([]);
});

/**
 * Client JavaScript only where there is real interaction: the states filter, and the copy
 * buttons on comparison and treaty-text pages. Every other page loads exactly what the framework's own 404
 * page loads, and the islands add little.
 */
const ISLAND_PAGES = [/^\/states\/$/, /^\/compare\/$/, /^\/compare\/[^/]+\/[^/]+\/$/, /^\/treaties\/ottawa\/(preamble|article-\d+)\/$/];
const ISLAND_BUDGET_GZIP = 8 * 1024;
const scriptsOf = (html: string) => [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!).sort();
const framework = new Set(scriptsOf(htmlFor('/404/')));
const extraScripts = (route: string) => scriptsOf(htmlFor(route)).filter((src) => !framework.has(src));

test('content pages load no JavaScript beyond what the framework ships on its own 404 page', () => {
  const extra = routes.filter((r) => !ISLAND_PAGES.some((p) => p.test(r))).flatMap((route) => extraScripts(route).map((src) => `${route}: ${src}`));
  expect(extra).toEqual([]);
});

test('pages with an interactive island add under 8 KB (gzip) of JavaScript', () => {
  const over = routes
    .filter((r) => ISLAND_PAGES.some((p) => p.test(r)))
    .flatMap((route) => {
      const bytes = extraScripts(route).reduce((n, src) => n + zlib.gzipSync(fs.readFileSync(path.join(OUT_DIR, src))).length, 0);
      return bytes > ISLAND_BUDGET_GZIP ? [`${route}: ${bytes} bytes`] : [];
    });
  expect(over).toEqual([]);
});
