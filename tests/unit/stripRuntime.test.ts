import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import {
  isRscPayloadFile,
  referencedNextAssets,
  streamingLeftovers,
  stripRuntime,
  visibleText,
} from '@/lib/build/stripRuntime';

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

// A page exactly as `next build` wrote it (.next/server/app/glossary.html, captured from a
// real build of this site, before stripping): framework chunks, the RSC payload, everything.
const realPage = fs.readFileSync(path.join(__dirname, '../fixtures/next-build/glossary.html'), 'utf8');
const jsonLd = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage"}</script>';

describe('stripRuntime on a page from a real next build', () => {
  const withData = realPage.replace('</head>', `${jsonLd}<script data-keep="">/* kept */</script></head>`);
  const { html, removedScripts } = stripRuntime(withData);

  it('removes the runtime and the payload, and the page reads the same', () => {
    expect(realPage).toContain('self.__next_f');
    expect(removedScripts).toBeGreaterThan(3);
    expect(html).not.toContain('__next_f');
    expect(html).not.toMatch(/\/_next\/static\/[^"]+\.js/);
    expect(visibleText(html)).toBe(visibleText(realPage));
    expect(visibleText(html)).toContain('Glossary');
    expect(html.length).toBeLessThan(realPage.length * 0.8);
  });

  it('keeps JSON-LD data blocks and anything marked data-keep', () => {
    expect(html).toContain(jsonLd);
    expect(html).toContain('<script data-keep="">/* kept */</script>');
  });

  it('still references the stylesheet, which the orphan sweep must keep', () => {
    expect(referencedNextAssets(html).some((url) => url.endsWith('.css'))).toBe(true);
  });
});

describe('stripRuntime refuses to lose content', () => {
  it('fails on streaming leftovers: a hidden S: container and the $RC script', () => {
    const streamed = realPage.replace(
      '</body>',
      '<div hidden id="S:0"><p>Late content</p></div><script>$RC("B:0","S:0")</script></body>',
    );
    expect(streamingLeftovers(streamed)).toEqual(['hidden S: container', '$RC script']);
    expect(() => stripRuntime(streamed)).toThrow('streaming leftovers: hidden S: container, $RC script');
  });

  it('fails when a cut would take visible text with it (a "<script>" inside an attribute value)', () => {
    const tricky = realPage.replace('<main', '<p title="<script>">Still visible</p><main');
    expect(() => stripRuntime(tricky)).toThrow('visible text changed while stripping');
  });
});

describe('referencedNextAssets', () => {
  it('resolves src, href and CSS url() against the page, keeping only /_next/ paths', () => {
    expect(
      referencedNextAssets(
        '<link href="/_next/static/a.css"><img src="/icon.svg">x{src:url(../media/f.woff2)}',
        '/_next/static/css/',
      ),
    ).toEqual(['/_next/static/a.css', '/_next/static/media/f.woff2']);
  });
});
