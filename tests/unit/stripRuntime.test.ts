import { describe, expect, it } from '@jest/globals';
import { isRscPayloadFile, stripRuntime } from '@/lib/build/stripRuntime';

// The head and tail of a page as next build writes it (shortened).
const page = [
  '<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/0svc.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/0j1w.js"/>',
  '<script src="/_next/static/chunks/16d9.js" async=""></script>',
  '<script src="/_next/static/chunks/0cz1.js" noModule=""></script>',
  '<link rel="icon" href="/icon.svg" sizes="any" type="image/svg+xml"/>',
  '</head><body><main><h1>States</h1><template id="t"><form></form></template>',
  '<script src="/islands/states-filter.js?v=abc" defer=""></script></main>',
  '<script id="_R_">(globalThis["TURBOPACK"] || []).push({})</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"a \\u003c/script\\u003e b"])</script>',
  '</body></html>',
].join('');

describe('stripRuntime', () => {
  const { html, removedScripts } = stripRuntime(page);

  it('removes every framework script, inline payload and script preload', () => {
    expect(removedScripts).toBe(5);
    expect(html).not.toContain('/_next/static/chunks/16d9.js');
    expect(html).not.toContain('__next_f');
    expect(html).not.toContain('TURBOPACK');
    expect(html).not.toContain('as="script"');
  });

  it('keeps the page, its styles, its icon and its island scripts', () => {
    expect(html).toContain('<h1>States</h1>');
    expect(html).toContain('<template id="t"><form></form></template>');
    expect(html).toContain('rel="stylesheet" href="/_next/static/chunks/0svc.css"');
    expect(html).toContain('rel="icon"');
    expect(html).toContain('<script src="/islands/states-filter.js?v=abc" defer=""></script>');
  });

  it('keeps schema.org JSON-LD data blocks, which are data, not code', () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article"}</script>';
    const result = stripRuntime(page.replace('</head>', `${ld}</head>`));
    expect(result.html).toContain(ld);
    expect(result.removedScripts).toBe(5);
  });

  it('knows the client router payload files, and leaves robots.txt alone', () => {
    expect(isRscPayloadFile('index.txt')).toBe(true);
    expect(isRscPayloadFile('__next.about.__PAGE__.txt')).toBe(true);
    expect(isRscPayloadFile('robots.txt')).toBe(false);
  });
});
