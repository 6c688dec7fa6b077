import { expect, test } from '@playwright/test';
import { builtRoutes, htmlFor } from './builtSite';

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

test('ids are unique on every page', () => {
  const duplicates = routes.flatMap((route) => {
    const ids = [...htmlFor(route).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    return ids.filter((id, i) => ids.indexOf(id) !== i).map((id) => `${route}#${id}`);
  });
  expect(duplicates).toEqual([]);
});

test('content pages load no JavaScript beyond what the framework ships on its own 404 page', () => {
  const scriptsOf = (html: string) => [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!).sort();
  const framework = new Set(scriptsOf(htmlFor('/404/')));
  const extra = routes.flatMap((route) => scriptsOf(htmlFor(route)).filter((src) => !framework.has(src)).map((src) => `${route}: ${src}`));
  expect(extra).toEqual([]);
});
