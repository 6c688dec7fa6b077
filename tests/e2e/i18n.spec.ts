import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { en } from '../../lib/i18n/messages/en';
import { es } from '../../lib/i18n/messages/es';
import { fr } from '../../lib/i18n/messages/fr';
import { parseFeed } from '@rowanmanning/feed-parser';
import { builtRoutes } from './builtSite';
import { renderEverything } from './renderEverything';

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

/**
 * What a reader of the page meets in words: its visible text, its <title>, its description and
 * every accessible name (aria-label), without what is English on purpose and says so: elements
 * marked lang="en" (English source titles, links to English pages) and the machine formats of
 * "Cite this page" (BibTeX, RIS, CSL-JSON, in <pre>). The notes, hover cards and APA/MLA/Chicago
 * citations are included: they must be in the page's language.
 */
function ownLanguageText(page: Page) {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll('[lang="en"], [lang="en-GB"], [lang="en-US"], script, pre')) el.remove();
    const labels = [...clone.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label'));
    const description = document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    return [document.title, description, ...labels, clone.textContent ?? ''].join('\n');
  });
}

/**
 * English that no catalogue string shows but that leaked into editions before: English month
 * names (citations), the copy buttons' words, citation words, and English sentences (a computed
 * summary left in English); each would be a defect on a French or Spanish page.
 */
const ENGLISH_MARKERS = [
  /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/,
  /\b(Copy|Copied|Retrieved|Accessed|Archived copy)\b/,
  /\bn\.d\./,
  /\b(the|and|which|with|from) [a-z]+ (the|of|and|to|a|an)\b/,
];

/** French writes the first of the month "1er": a date printed "1 décembre 2025" is a defect. */
const FRENCH_FIRST_OF_MONTH =
  /(^|[^\d])1 (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b/;

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
    const leaks = ENGLISH_MARKERS.flatMap((re) => text.match(new RegExp(re.source, 'g'))?.slice(0, 3) ?? []);
    expect(leaks).toEqual([]);
    if (locale === 'fr') expect(text.match(FRENCH_FIRST_OF_MONTH)?.[0] ?? null).toBeNull();
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
    await renderEverything(page); // sections below the fold are laid out only when near
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
  ['fr-answers', '/fr/answers/'],
  ['es-state-cod', '/es/states/cod/'],
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

test('note runs are tight inside their brackets, in every language', async ({ page }) => {
  for (const route of ['/topics/withdrawals/', '/fr/topics/withdrawals/', '/es/answers/'].filter((r) =>
    routes.includes(r),
  )) {
    await page.goto(route);
    // The gap between each bracket or comma and the number beside it, as drawn: a space-like
    // gap (padding, a space) shows as "[ 22 , 32–39]".
    // Marks alone in a table cell are left out: they are 24 px targets (WCAG 2.5.8), centred.
    const gaps = await page.locator(':not(td) > sup.cite').evaluateAll((sups) =>
      sups.flatMap((sup) => {
        const rectOf = (node: Node, from: number, to: number) => {
          const range = document.createRange();
          range.setStart(node, from);
          range.setEnd(node, to);
          return range.getBoundingClientRect();
        };
        const texts: Text[] = [];
        const walker = document.createTreeWalker(sup, NodeFilter.SHOW_TEXT, {
          acceptNode: (n) =>
            n.parentElement?.closest('.cite-card') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
        });
        for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.trim()) texts.push(n as Text);
        const out: number[] = [];
        for (let i = 0; i + 1 < texts.length; i++) {
          const a = texts[i]!;
          const b = texts[i + 1]!;
          const aEnd = a.data.trimEnd().length;
          const bStart = b.data.length - b.data.trimStart().length;
          // ", " keeps its space: measure from the comma's end only when the next text is a number.
          if (a.data.endsWith(' ')) continue;
          out.push(rectOf(b, bStart, bStart + 1).left - rectOf(a, aEnd - 1, aEnd).right);
        }
        return out;
      }),
    );
    expect(gaps.length, route).toBeGreaterThan(5);
    expect(
      gaps.filter((g) => g > 0.5),
      route,
    ).toEqual([]);
    const text = await page
      .locator('sup.cite')
      .first()
      .evaluate((sup) => {
        const clone = sup.cloneNode(true) as HTMLElement;
        clone.querySelectorAll('.cite-card').forEach((c) => c.remove());
        return clone.textContent;
      });
    expect(text).toMatch(/^\[\d+(–\d+)?(, \d+(–\d+)?)*\]$/);
  }
});

for (const locale of LOCALES) {
  test(`/${locale}/feed.xml lists every page of the edition, in its language`, async ({ request }) => {
    const response = await request.get(`/${locale}/feed.xml`);
    expect(response.status()).toBe(200);
    const xml = await response.text();
    expect(xml).toMatch(new RegExp(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`));
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.language).toBe(locale);
    const listed = new Set(feed.items.map((item) => new URL(item.url!).pathname));
    const pages = routes.filter((r) => r.startsWith(`/${locale}/`) && r !== `/${locale}/search/`);
    expect(pages.length).toBeGreaterThan(190);
    expect(pages.filter((p) => !listed.has(p))).toEqual([]);
    for (const p of listed) expect(routes).toContain(p);
    expect(xml).not.toContain('Landmine Law Explainer');
    expect(xml).not.toContain('Text and data');
  });
}

test('citations of a French or Spanish page are in its language and name it', async ({ page }) => {
  await page.goto('/fr/answers/');
  const apa = (await page.locator('[data-citation-format="apa-preview"]').textContent()) ?? '';
  expect(apa).toMatch(/30 novembre 2026|2026, 30 novembre|novembre/);
  expect(apa).not.toMatch(/November|Landmine Law Explainer/);
  const bibtex = (await page.locator('[data-citation-format="bibtex"] pre').textContent()) ?? '';
  expect(bibtex).toMatch(/langid = \{french\}/);
  const ris = (await page.locator('[data-citation-format="ris"] pre').textContent()) ?? '';
  expect(ris).toMatch(/^LA {2}- fr$/m);
  await page.goto('/es/states/cod/');
  const mla = (await page.locator('[data-citation-format="mla"] p').textContent()) ?? '';
  expect(mla).toMatch(/nov\.|noviembre/);
  expect(mla).toContain('República Democrática del Congo');
});

test('notes on a French page: labels in French, English titles marked lang="en", English pages marked', async ({
  page,
}) => {
  await page.goto('/fr/answers/');
  // Every English source title in the notes says so, for screen readers.
  const titles = await page
    .locator('.references cite')
    .evaluateAll((cs) => cs.map((c) => [c.textContent, c.getAttribute('lang')]));
  expect(titles.length).toBeGreaterThan(10);
  expect(titles.filter(([text, lang]) => /\b(the|of|and|to)\b/.test(text ?? '') && lang !== 'en')).toEqual([]);
  // A link to a page that exists only in English is marked, in words and for the browser.
  const english = page.locator('section.answer a[hreflang="en"]').first();
  await expect(english).toHaveAttribute('lang', 'en');
  const after = await english.evaluate((a) => a.nextSibling?.textContent ?? '');
  expect(after).toContain('(en anglais)');
  await expect(page.locator('.references a[hreflang="en"]').first()).toHaveText('Notice');
});

test('glossary links on translated pages use the edition’s terms and skip proper names', async ({ page }) => {
  await page.goto('/fr/topics/withdrawals/');
  const hrefs = await page.locator('main a.term').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(2);
  for (const href of hrefs) expect(href).toMatch(/^\/fr\/glossary\/#term-/);
  // "mines" in the ICBL's French name is part of a name, not a use of the term.
  const inName = await page
    .locator('main p')
    .evaluateAll((ps) =>
      ps.some((p) =>
        /Campagne internationale pour interdire les\s*$/.test(
          p.querySelector('a.term[href$="#term-mine"]')?.previousSibling?.textContent ?? '',
        ),
      ),
    );
  expect(inName).toBe(false);
});
