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
const idsByRoute = new Map(
  routes.map((route) => [route, new Set([...htmlFor(route).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))]),
);

test('every internal link and #fragment resolves', () => {
  const broken: string[] = [];
  for (const route of routes) {
    const html = htmlFor(route);
    for (const [, rawHref] of html.matchAll(/<a\s[^>]*?href="([^"]+)"/g)) {
      const href = rawHref!.replaceAll('&amp;', '&');
      if (/^[a-z]+:/i.test(href) || href.startsWith('//')) continue; // external
      const url = new URL(href, `http://site${route}`);
      // A data download (/data/compare.csv) is a file, not a page.
      if (
        !url.pathname.endsWith('/') &&
        fs.existsSync(path.join(OUT_DIR, url.pathname)) &&
        fs.statSync(path.join(OUT_DIR, url.pathname)).isFile()
      )
        continue;
      const target = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
      if (!idsByRoute.has(target)) {
        broken.push(`${route} → ${href} (no such page)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !idsByRoute.get(target)!.has(fragment))
        broken.push(`${route} → ${href} (no element #${fragment})`);
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
 * Client JavaScript only where there is real interaction, as small island scripts: the copy
 * buttons (citations on every content page, cells and paragraph links), the states filter,
 * and search on /search/. No page loads anything else (the build strips the framework
 * runtime); JSON-LD blocks are data, not scripts. Pages with nothing to copy load nothing.
 */
// The heaviest page, /states/, loads the filter (which keeps its view in the address) and the
// copy buttons for its citations: about 2.9 KB together.
const ISLAND_BUDGET_GZIP = 3 * 1024;
const scriptsOf = (html: string) =>
  [...html.matchAll(/<script\b[^>]*>/g)]
    .filter((m) => !/type="application\/ld\+json"/.test(m[0]))
    .map((m) => /\ssrc="([^"]+)"/.exec(m[0])?.[1] ?? 'inline')
    .sort();
const fileOf = (src: string) => path.join(OUT_DIR, src.split('?')[0]!);

test('pages load only their island scripts, under 2.5 KB (gzip) in all', () => {
  const problems = routes.flatMap((route) => {
    const scripts = scriptsOf(htmlFor(route));
    if (scripts.some((src) => !src.startsWith('/islands/'))) return [`${route}: ${scripts.join(', ')}`];
    const bytes = scripts.reduce((n, src) => n + zlib.gzipSync(fs.readFileSync(fileOf(src))).length, 0);
    return bytes > ISLAND_BUDGET_GZIP ? [`${route}: ${bytes} bytes`] : [];
  });
  expect(problems).toEqual([]);
});

test('only the search pages (/search/ and each edition’s) load the search island', () => {
  const loading = routes.filter((route) =>
    scriptsOf(htmlFor(route)).some((src) => src.startsWith('/islands/search.js')),
  );
  expect(loading.sort()).toEqual(['/es/search/', '/fr/search/', '/search/']);
});
