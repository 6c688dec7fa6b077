import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { builtRoutes, htmlFor, isTextPlaceholder } from './builtSite';
import { renderEverything } from './renderEverything';

/**
 * The treaty in its authentic languages (issue 16): each text marked with its language and
 * direction, anchored like the English, linked to its twins in the other languages, and two
 * texts readable side by side without JavaScript and on a phone. Which pages exist is read
 * from the build, not typed here.
 */
const routes = builtRoutes().filter((r) => !isTextPlaceholder(r));
/** Beside look.spec.ts's screenshots, for a person to look at. */
const SCREENSHOT_DIR = path.resolve(__dirname, '../../test-results/screenshots');
const TEXTS = '/treaties/ottawa/texts/';
const partPages = routes.filter((r) => /^\/treaties\/ottawa\/texts\/[a-z]{2,3}\/[^/]+\/$/.test(r));
const pairPartPages = routes.filter((r) => /^\/treaties\/ottawa\/texts\/compare\/[a-z]+\/[a-z]+\/[^/]+\/$/.test(r));
const englishParts = routes.filter((r) => /^\/treaties\/ottawa\/(preamble|article-\d+)\/$/.test(r));

const ids = (html: string) => [...html.matchAll(/\bid="(para-[^"]+)"/g)].map((m) => m[1]!);
const englishPath = (slug: string) => `/treaties/ottawa/${slug}/`;
const alternates = (html: string) =>
  [...html.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"/g)].map((m) => ({
    lang: m[1]!,
    path: new URL(m[2]!).pathname,
  }));

test('the index names all six authentic languages, each with its status', async ({ page }) => {
  await page.goto(TEXTS);
  const headings = page.locator('section.text-language h2');
  await expect(headings).toHaveCount(6);
  for (const name of ['Arabic', 'Chinese', 'English', 'French', 'Russian', 'Spanish']) {
    await expect(headings.filter({ hasText: name })).toHaveCount(1);
  }
  // A language with no official copy says so plainly, and offers no text.
  for (const section of await page.locator('section.text-language').all()) {
    const text = await section.innerText();
    if (/No official copy found/.test(text)) expect(text).toContain('A translation is never shown in its place');
  }
});

test('every text block carries its language, and right-to-left direction for Arabic only', () => {
  for (const route of [...partPages, ...pairPartPages]) {
    const html = htmlFor(route);
    const quotes = [...html.matchAll(/<blockquote([^>]*)>/g)].map((m) => m[1]!);
    expect(quotes.length, route).toBeGreaterThan(0);
    const langs = route.startsWith('/treaties/ottawa/texts/compare/')
      ? route.split('/').slice(5, 7)
      : [route.split('/')[4]!];
    for (const attributes of quotes) {
      const lang = /\blang="([^"]+)"/.exec(attributes)?.[1];
      expect(langs, `${route}: ${attributes}`).toContain(lang);
      expect(/\bdir="([^"]+)"/.exec(attributes)?.[1], `${route}: ${attributes}`).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    }
  }
});

test('every part in every language has the anchors of every English paragraph id, and nothing more', () => {
  for (const route of [...partPages, ...pairPartPages]) {
    const slug = route.split('/').at(-2)!;
    const english = ids(htmlFor(englishPath(slug)));
    expect(english.length).toBeGreaterThan(0);
    expect(ids(htmlFor(route)), route).toEqual(english);
  }
});

test('hreflang alternates resolve to built pages, name each other, and put English on the article page', () => {
  for (const route of [...partPages, ...englishParts]) {
    const links = alternates(htmlFor(route));
    if (englishParts.includes(route) && links.length === 0) continue; // no other language holds this part yet
    const slug = route.split('/').at(-2)!;
    expect(links.find((l) => l.lang === 'en')?.path, route).toBe(englishPath(slug));
    expect(
      links.some((l) => l.path === route),
      `${route} lists itself`,
    ).toBe(true);
    for (const link of links) {
      expect(routes, `${route} → ${link.path}`).toContain(link.path);
      expect(alternates(htmlFor(link.path)), `${link.path} links back to ${route}`).toEqual(links);
    }
  }
});

test('an English article links to the same article in the other languages, each link in its own language', async ({
  page,
}) => {
  const target = partPages.find((r) => r.endsWith('/article-1/'));
  test.skip(!target, 'no other language holds Article 1 in this build');
  await page.goto('/treaties/ottawa/article-1/');
  const links = page.locator('.other-languages a[hreflang]');
  expect(await links.count()).toBeGreaterThan(0);
  for (const link of await links.all()) {
    const lang = await link.getAttribute('hreflang');
    expect(await link.getAttribute('lang')).toBe(lang);
    expect(routes).toContain(await link.getAttribute('href'));
  }
  await expect(page.locator('.other-languages')).toContainText('Read this article in:');
});

test('the side-by-side picker works with JavaScript off, and rows pair paragraph with paragraph', async ({
  browser,
}) => {
  test.skip(pairPartPages.length === 0, 'fewer than two languages with text in this build');
  const [a, b, part] =
    pairPartPages
      .find((r) => r.endsWith('/article-1/'))
      ?.split('/')
      .slice(5, 8) ?? pairPartPages[0]!.split('/').slice(5, 8);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${TEXTS}compare/`);
  const form = page.locator('form.picker');
  // Chosen in the order opposite to the site's: the server still finds the pair.
  await form.locator('select[name="a"]').selectOption(b!);
  await form.locator('select[name="b"]').selectOption(a!);
  await form.locator('select[name="part"]').selectOption(part!);
  await form.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(`${TEXTS}compare/${a}/${b}/${part}/`);
  const rows = page.locator('.parallel-row[id^="para-"]');
  expect(await rows.count()).toBe(ids(htmlFor(englishPath(part!))).length);
  for (const row of await rows.all()) {
    await expect(row.locator(`blockquote[lang="${a}"]`)).toHaveCount(1);
    await expect(row.locator(`blockquote[lang="${b}"]`)).toHaveCount(1);
  }
  await context.close();
});

for (const width of [320, 390, 1280] as const) {
  test(`side by side at ${width} px: ${width < 768 ? 'each pair of paragraphs stacked' : 'two columns'}, no sideways scrolling`, async ({
    browser,
  }) => {
    test.skip(pairPartPages.length === 0, 'fewer than two languages with text in this build');
    const route = pairPartPages.find((r) => r.endsWith('/article-1/')) ?? pairPartPages[0]!;
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(route);
    await renderEverything(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const cells = page.locator('.parallel-row[id^="para-"]').first().locator('.parallel-cell');
    const [first, second] = [await cells.nth(0).boundingBox(), await cells.nth(1).boundingBox()];
    if (width < 768) expect(second!.y).toBeGreaterThanOrEqual(first!.y + first!.height - 1);
    else expect(Math.abs(second!.y - first!.y)).toBeLessThan(2);
    await context.close();
  });
}

const AUDITED = [
  ['texts', TEXTS],
  ['texts-picker', `${TEXTS}compare/`],
  ['text-part', partPages.find((r) => r.endsWith('/article-4/')) ?? partPages[0]],
  ['text-pair', pairPartPages.find((r) => r.endsWith('/article-1/')) ?? pairPartPages[0]],
] as const;

for (const [name, route] of AUDITED) {
  test(`${name} (${route}) passes axe, fits 320 px, and reads in light and dark at 390 and 1280 px`, async ({
    browser,
  }) => {
    test.skip(!route, 'no such page in this build');
    test.setTimeout(300_000);
    const phone = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const small = await phone.newPage();
    await small.goto(route!); // (no style injection here: it needs JavaScript)
    expect(
      await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    await phone.close();
    for (const width of [390, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        await page.goto(route!);
        await renderEverything(page);
        fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.screenshot({
          path: path.join(SCREENSHOT_DIR, `${name}-${width}-${colorScheme}.png`),
          clip: { x: 0, y: 0, width, height: Math.min(height, 5000) },
          fullPage: true,
        });
        const axe = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'experimental'])
          .analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        await context.close();
      }
    }
  });
}
