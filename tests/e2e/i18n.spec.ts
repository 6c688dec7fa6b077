import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { en } from '../../lib/i18n/messages/en';
import { es } from '../../lib/i18n/messages/es';
import { fr } from '../../lib/i18n/messages/fr';
import { builtRoutes } from './builtSite';

/**
 * The French and Spanish editions, as a reader meets them: the right language declared, working
 * alternates and switcher, no English interface text, the same facts as the English twin, search
 * in the edition's language, accessible, and readable on a phone. A sample of pages keeps it short.
 */
const LOCALES = ['fr', 'es'] as const;
const SCREENSHOT_DIR = path.resolve(__dirname, '../../test-results/screenshots');
const routes = builtRoutes();
/** Every built page of the editions except the state summaries, plus two states (one bound, one withdrawn). */
const SAMPLE = LOCALES.flatMap((locale) =>
  routes.filter(
    (r) => r.startsWith(`/${locale}/`) && (!/\/states\/[a-z]{3}\/$/.test(r) || /\/states\/(ukr|fin)\/$/.test(r)),
  ),
);
const englishOf = (route: string) => route.replace(/^\/(fr|es)\//, '/');

/** The English interface strings a French or Spanish page must not show (those the editions translate). */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [];
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}
const translated = new Set([...stringsOf(fr), ...stringsOf(es)]);
const ENGLISH_ONLY = stringsOf(en).filter((s) => s.length >= 8 && !translated.has(s));

/** The page's visible text, without what is English on purpose: source titles, links marked lang="en", citation formats. */
function ownLanguageText(page: Page) {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll(
      '[lang="en"], [lang="en-GB"], .references, .cite-card, [data-citation-format], .citation-details, script',
    ))
      el.remove();
    return clone.textContent ?? '';
  });
}

test('the editions have their pages', () => {
  for (const locale of LOCALES)
    for (const p of ['/answers/', '/glossary/', '/states/', '/states/ukr/', '/search/'])
      expect(routes, `${locale}${p}`).toContain(`/${locale}${p}`);
  expect(SAMPLE.length).toBeGreaterThan(10);
});

for (const route of SAMPLE) {
  test(`${route}: language, alternates, switcher, no English interface text`, async ({ page, request }) => {
    const locale = route.split('/')[1]!;
    await page.goto(route);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);

    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]),
      );
    const byLang = Object.fromEntries(alternates);
    expect(byLang[locale]).toBe(route);
    expect(byLang.en).toBe(englishOf(route));
    expect(byLang['x-default']).toBe(englishOf(route));
    for (const [, href] of alternates) expect((await request.get(href!)).status(), href!).toBe(200);

    const switcher = page.locator('nav.language-switcher');
    await expect(switcher).toHaveCount(1);
    const english = switcher.locator('a[hreflang="en-GB"]');
    await expect(english).toHaveAttribute('href', englishOf(route));
    await expect(english).toHaveAttribute('lang', 'en-GB');
    await expect(switcher.locator('[aria-current="page"]')).toHaveAttribute('lang', locale);

    const text = await ownLanguageText(page);
    expect(ENGLISH_ONLY.filter((s) => text.includes(s))).toEqual([]);
  });
}

test('English pages link to their editions', async ({ page }) => {
  await page.goto('/states/ukr/');
  const links = page.locator('nav.language-switcher a');
  await expect(links).toHaveCount(2);
  await expect(page.locator('nav.language-switcher a[hreflang="fr"]')).toHaveAttribute('href', '/fr/states/ukr/');
  await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveCount(1);
});

/** Values of <data> and <time> in a part of a page: the facts, as the data holds them. */
const dataValues = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((e) => e.getAttribute('value') ?? e.getAttribute('datetime')));

for (const locale of LOCALES) {
  test(`${locale}: the same facts as the English pages`, async ({ page }) => {
    // Every state's status, and the parties count, on the states index.
    await page.goto('/states/');
    const englishStatus = Object.fromEntries(
      await page
        .locator('tr[data-status]')
        .evaluateAll((rows) =>
          rows.map((r) => [r.querySelector('a')!.getAttribute('href'), r.getAttribute('data-status')]),
        ),
    );
    const englishCount = await page.locator('.lede + p strong data').first().getAttribute('value');
    await page.goto(`/${locale}/states/`);
    const localStatus = Object.fromEntries(
      await page.locator('tr[data-status]').evaluateAll((rows) =>
        rows.map((r) => [
          r
            .querySelector('a')!
            .getAttribute('href')!
            .replace(/^\/(fr|es)/, ''),
          r.getAttribute('data-status'),
        ]),
      ),
    );
    expect(Object.keys(localStatus).length).toBeGreaterThan(150);
    expect(localStatus).toEqual(englishStatus);
    expect(await page.locator('.lede + p strong data').first().getAttribute('value')).toBe(englishCount);

    // A state's dates: every date in the summary is a date on the English page, and the status is the same.
    for (const iso of ['ukr', 'fin']) {
      await page.goto(`/states/${iso}/`);
      const englishDates = new Set(await dataValues(page, 'main time'));
      const englishState = await page.locator('main .status').first().getAttribute('class');
      await page.goto(`/${locale}/states/${iso}/`);
      const localDates = await dataValues(page, '.state-summary time');
      expect(localDates.length).toBeGreaterThan(1);
      for (const d of localDates) expect(englishDates, `${iso} ${d}`).toContain(d);
      expect(await page.locator('.state-summary .status').first().getAttribute('class')).toBe(englishState);
    }

    // Quick answers: each translated answer holds for the same date as its English twin.
    await page.goto('/answers/');
    const englishAsOf = Object.fromEntries(
      await page
        .locator('section.answer')
        .evaluateAll((ss) =>
          ss.map((s) => [s.querySelector('h3')!.id, s.querySelector('.as-of time')!.getAttribute('datetime')]),
        ),
    );
    await page.goto(`/${locale}/answers/`);
    const localAsOf = await page
      .locator('section.answer')
      .evaluateAll((ss) =>
        ss.map((s) => [s.querySelector('h3')!.id, s.querySelector('.as-of time')!.getAttribute('datetime')]),
      );
    expect(localAsOf.length).toBeGreaterThan(0);
    for (const [id, date] of localAsOf) expect(date, id!).toBe(englishAsOf[id!]);
  });
}

test('the Ottawa overview gives the English page’s count and dates', async ({ page }) => {
  await page.goto('/treaties/ottawa/');
  const count = await page.locator('.key-facts strong data').first().getAttribute('value');
  const dates = new Set(await dataValues(page, '.key-facts time'));
  for (const locale of LOCALES) {
    if (!routes.includes(`/${locale}/treaties/ottawa/`)) continue;
    await page.goto(`/${locale}/treaties/ottawa/`);
    expect(await page.locator('.key-facts strong data').first().getAttribute('value')).toBe(count);
    for (const d of await dataValues(page, '.key-facts time')) expect(dates).toContain(d);
  }
});

test('French search finds French pages', async ({ page }) => {
  await page.goto('/fr/search/?q=retrait');
  const results = page.locator('.search-result a');
  await expect(results.first()).toBeVisible({ timeout: 20_000 });
  const hrefs = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs.every((h) => h.startsWith('/fr/'))).toBe(true);
  await expect(page.locator('[data-search-status]')).toContainText('« retrait »');
  // The header form of a French page searches the French edition.
  await page.goto('/fr/states/');
  await expect(page.locator('header form[role="search"]')).toHaveAttribute('action', '/fr/search/');
});

test('each edition has its feed, and citations name the language', async ({ page, request }) => {
  for (const locale of LOCALES) {
    const feed = await request.get(`/${locale}/feed.xml`);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain(`/${locale}/`);
  }
  await page.goto('/fr/states/ukr/');
  const csl = JSON.parse((await page.locator('[data-citation-format="csl"] pre').textContent()) ?? '[]');
  expect(csl[0].language).toBe('fr');
  expect(csl[0].URL).toMatch(/\/fr\/states\/ukr\/$/);
  expect(await page.locator('meta[name="citation_language"]').getAttribute('content')).toBe('fr');
});

const AUDITED = [
  '/fr/',
  '/es/states/',
  '/fr/states/ukr/',
  '/es/answers/',
  '/fr/glossary/',
  '/fr/topics/withdrawals/',
].filter((r) => routes.includes(r));

for (const route of AUDITED) {
  test(`${route}: accessible, and nothing scrolls sideways at 320 px`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(route);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(wide).toBeLessThanOrEqual(0);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

const SHOTS = [
  ['fr-home', '/fr/'],
  ['fr-state', '/fr/states/ukr/'],
  ['es-states', '/es/states/'],
  ['fr-withdrawals', '/fr/topics/withdrawals/'],
] as const;

for (const [name, route] of SHOTS) {
  test(`screenshots of ${route}`, async ({ page }) => {
    test.skip(!routes.includes(route), `${route} is not built (no translation yet)`);
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    for (const width of [390, 1280])
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height: 900 });
        await page.goto(route);
        const height = Math.min(2400, await page.evaluate(() => document.documentElement.scrollHeight));
        await page.screenshot({
          path: path.join(SCREENSHOT_DIR, `i18n-${name}-${width}-${scheme}.png`),
          fullPage: true,
          clip: { x: 0, y: 0, width, height },
        });
      }
  });
}
