/**
 * The site as a reference: search, citations, metadata tools read, the feed, the sitemap,
 * state pages at their names, and embeds (issue 13).
 */
import { expect, test, type Page } from '@playwright/test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import zlib from 'node:zlib';
import { builtRoutes, htmlFor } from './builtSite';

const routes = builtRoutes();
// Search pages (/search/, /fr/search/, /es/search/) are tools, not content.
const contentRoutes = routes.filter(
  (r) => !r.startsWith('/embed/') && !/^\/((fr|es)\/)?search\/$/.test(r) && !isRedirect(r),
);
function isRedirect(route: string) {
  return /<meta http-equiv="refresh"/.test(htmlFor(route));
}

async function search(page: Page, query: string) {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  const first = page.locator('.search-result').first();
  await expect(first).toBeVisible({ timeout: 20_000 }); // the first query loads Pagefind's WebAssembly
  return first;
}

// Which page should answer each query, and why.
const QUERIES: [query: string, expected: string][] = [
  ['Article 5 deadline', '/treaties/ottawa/article-5/'], // the clearance deadline is Article 5(1)
  ['Korea', '/topics/korea-exception/'], // the explainer on the Korea exception
  ['non-persistent', '/topics/how-long-mines-stay-dangerous/'], // persistent v. non-persistent mines explained
  ['Finland withdrawal', '/states/fin/'], // Finland's own record: notice and effective date
  ['Ukraine suspension', '/states/ukr/'], // Ukraine's own record: the contested suspension notice
  ['detectability', '/instruments/ccw-amended-protocol-ii/'], // Amended Protocol II's detectability rules
  ['Tonga', '/states/ton/'], // the state's page
];

test.describe('search', () => {
  for (const [query, expected] of QUERIES) {
    test(`“${query}” puts ${expected} first, with title, section and excerpt`, async ({ page }) => {
      const first = await search(page, query);
      await expect(first.locator('h2 a')).toHaveAttribute('href', expected);
      await expect(first.locator('h2 a')).not.toBeEmpty();
      await expect(first.locator('.search-section')).not.toBeEmpty();
      await expect(first.locator('.search-excerpt')).not.toBeEmpty();
    });
  }

  test('results come five at a time: only the text of shown results is fetched, more on request', async ({ page }) => {
    const fragments: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/fragment/')) fragments.push(r.url());
    });
    await search(page, 'mines');
    await expect(page.locator('.search-result')).toHaveCount(5);
    await expect(page.locator('[data-search-status]')).toContainText('the first 5 are shown');
    expect(fragments).toHaveLength(5); // the budget of issue 13: one fragment per shown result
    await page.getByRole('button', { name: 'More results' }).click();
    await expect(page.locator('.search-result')).toHaveCount(10);
    expect(fragments).toHaveLength(10);
    await expect(page.locator('.search-result').nth(5).locator('h2 a')).toBeFocused();
  });

  test('the corrections log is not searched: its entries quote what pages said before they were corrected', async ({
    page,
  }) => {
    // /about/ lists every correction with the superseded wording ("Before: … Ukraine had deposited an
    // instrument of withdrawal"); search must not offer that as an excerpt, nor spend a result on it.
    await search(page, 'Ukraine suspension');
    const more = page.getByRole('button', { name: 'More results' });
    while (await more.isVisible()) {
      const shown = await page.locator('.search-result').count();
      await more.click();
      await expect(page.locator('.search-result')).not.toHaveCount(shown);
    }
    const hrefs = await page
      .locator('.search-result h2 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/states/ukr/');
    expect(hrefs).not.toContain('/about/');
  });

  test('the status line repeats the query exactly as typed, and Enter keeps the page', async ({ page }) => {
    await page.goto('/about/');
    await page.goto('/search/');
    const input = page.locator('#search-page-input');
    const status = page.locator('[data-search-status]');
    // "$&" and "{n}" were read as patterns: the line said "“{q}”" or put the count in the query.
    for (const query of ['zq$&zq', 'zq{n}zq']) {
      await input.fill(query);
      await expect(status).toContainText(`“${query}”`);
    }
    await input.fill('Tonga');
    await expect(page.locator('.search-result').first()).toBeVisible();
    const entries = await page.evaluate(() => history.length);
    await input.press('Enter');
    await expect(input).toBeFocused();
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await expect(page).toHaveURL(/\/search\/\?q=Tonga$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/about\/$/);
  });

  test('the header form works without JavaScript: it opens /search/ with the query', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/states/');
    const form = page.getByRole('search', { name: 'Site search' });
    await form.getByLabel('Search').fill('Tonga');
    await form.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=Tonga$/);
    await expect(page.locator('[data-search-fallback]')).toBeVisible(); // links to browse instead
    await context.close();
  });

  test('search code and index load only on /search/, and results follow typing', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto('/treaties/ottawa/article-5/');
    await page.goto('/states/ukr/');
    expect(fetched.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await page.goto('/search/');
    await page.locator('#search-page-input').fill('Tonga');
    await expect(page.locator('.search-result').first().locator('h2 a')).toHaveAttribute('href', '/states/ton/');
    await expect(page).toHaveURL(/\?q=Tonga$/);
    expect(fetched.some((p) => p.startsWith('/pagefind/'))).toBe(true);
  });
});

test('a state page answers at its name: /states/ukraine/ leads to /states/ukr/', async ({ page }) => {
  await page.goto('/states/ukraine/');
  await expect(page).toHaveURL(/\/states\/ukr\/$/);
  await expect(page.locator('h1')).toHaveText('Ukraine');
  const html = htmlFor('/states/united-states/');
  expect(html).toContain('<meta http-equiv="refresh" content="0; url=/states/usa/"/>');
  expect(html).toMatch(/<link rel="canonical" href="[^"]+\/states\/usa\/"/);
  expect(html).toContain('href="/states/usa/"');
});

test.describe('cite this page', () => {
  test('every content page offers six formats with its review date and permanent address', () => {
    const missing = contentRoutes.filter((route) => {
      const html = htmlFor(route);
      return (
        !['apa', 'mla', 'chicago', 'bibtex', 'ris', 'csl'].every((f) => html.includes(`data-citation-format="${f}"`)) ||
        // "Last reviewed", or the French or Spanish edition's words for it.
        !/<p class="page-review">[^<]+ <time dateTime="\d{4}-\d{2}-\d{2}">/.test(html)
      );
    });
    expect(missing).toEqual([]);
  });

  test('readable without JavaScript, and the BibTeX, RIS and CSL-JSON on the page parse back', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/topics/withdrawals/');
    const block = page.locator('.cite-this');
    await block.getByText('Cite in APA, MLA, Chicago, BibTeX, RIS or CSL-JSON').click();
    const reviewed = await block.locator('.page-review time').getAttribute('datetime');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const title = 'Withdrawals from the Ottawa Treaty, 2025–2026';
    for (const format of ['bibtex', 'ris', 'csl']) {
      const text = await block.locator(`[data-citation-format="${format}"] pre`).textContent();
      const item = new Cite(text).data[0]!;
      expect(item.title).toBe(title);
      expect(item.URL).toBe(canonical);
      expect(item.issued?.['date-parts'][0]?.[0]).toBe(Number(reviewed!.slice(0, 4)));
    }
    await expect(block.locator('[data-citation-format="mla"] p')).toBeVisible();
    await context.close();
  });

  test('every treaty paragraph has its pinpoint citation', () => {
    const html = htmlFor('/treaties/ottawa/article-5/');
    for (const n of [1, 2, 3, 4, 5, 6]) expect(html).toContain(`<summary>Art. 5(${n})</summary>`);
    expect(html).toMatch(/Ottawa Treaty \(Mine Ban Convention\), Art\. 5\(1\)\. Landmine Law Explainer\./);
  });

  test('the copy button copies with the address the page is served from', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto('/states/fin/');
    await page.locator('.cite-this summary').first().click();
    await page.locator('[data-citation-format="apa"] button.copy').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`${baseURL}/states/fin/`);
    expect(copied).not.toContain('example.org');
    await context.close();
  });
});

test.describe('metadata', () => {
  test('every content page has a canonical link, citation_* tags, OpenGraph and Twitter tags', () => {
    const required = [
      /<link rel="canonical" href="http[^"]+"/,
      /<meta name="citation_title" content="[^"]+"/,
      /<meta name="citation_author" content="[^"]+"/,
      /<meta name="citation_publication_date" content="\d{4}\/\d{2}\/\d{2}"/,
      /<meta name="citation_online_date" content="\d{4}\/\d{2}\/\d{2}"/,
      /<meta name="citation_publisher" content="[^"]+"/,
      /<meta name="citation_public_url" content="http[^"]+"/,
      /<meta property="og:image" content="http[^"]+\.png"/,
      /<meta name="twitter:card" content="summary_large_image"/,
    ];
    const problems = contentRoutes.flatMap((route) => {
      const html = htmlFor(route);
      return required.filter((r) => !r.test(html)).map((r) => `${route}: ${r}`);
    });
    expect(problems).toEqual([]);
    expect(routes.filter((r) => htmlFor(r).includes('example.org'))).toEqual([]);
  });

  test('share images resolve as PNGs', async ({ request }) => {
    const images = new Set(
      contentRoutes.map((r) => /<meta property="og:image" content="([^"]+)"/.exec(htmlFor(r))![1]!),
    );
    for (const image of images) {
      const response = await request.get(new URL(image).pathname);
      expect(response.status(), image).toBe(200);
      expect(response.headers()['content-type']).toContain('image/png');
    }
  });

  test('JSON-LD survives the runtime strip, parses, and fits the page', () => {
    const typeOf = (route: string) =>
      [...htmlFor(route).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
        (m) => JSON.parse(m[1]!) as { '@type': string; about?: { '@type': string } },
      );
    const missing = contentRoutes.filter((r) => typeOf(r).length === 0);
    expect(missing).toEqual([]);
    expect(typeOf('/treaties/ottawa/')[0]!.about!['@type']).toBe('Legislation');
    expect(typeOf('/treaties/ottawa/article-5/')[0]!.about!['@type']).toBe('Legislation');
    expect(typeOf('/data/')[0]!['@type']).toBe('Dataset');
    expect(typeOf('/topics/withdrawals/')[0]!['@type']).toBe('Article');
  });

  test('no content page is above 100 KB gzip', () => {
    const heavy = contentRoutes
      .map((r) => [r, zlib.gzipSync(htmlFor(r)).length] as const)
      .filter(([, bytes]) => bytes > 100 * 1024);
    expect(heavy).toEqual([]);
  });
});

test.describe('following changes', () => {
  test('each page shows its own review date and history, and how to report an error', async ({ page }) => {
    await page.goto('/topics/withdrawals/');
    await expect(page.locator('.page-review time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    await page.locator('.page-history summary').click();
    await expect(page.locator('.page-history li').first()).toContainText(/\d{4}: /);
    const report = await page.locator('.report-error a').getAttribute('href');
    // The tests run with the environment the site was built with (npm test builds, then tests).
    const email = process.env.CORRECTIONS_EMAIL?.trim();
    if (email) {
      expect(decodeURIComponent(report!)).toMatch(
        new RegExp(
          `^mailto:${email.replace(/[.+]/g, '\\$&')}\\?subject=Correction: Withdrawals.+/topics/withdrawals/`,
          's',
        ),
      );
    } else {
      // No address set: no made-up one, but the way to report an error, which exists.
      expect(report).toBe('/about/#reporting-an-error');
      await page.goto(report!);
      await expect(page.locator('#reporting-an-error')).toHaveText('Reporting an error');
    }
    expect(await page.content()).not.toMatch(/mailto:corrections@(localhost|[^"]*example\.org)/);
  });

  test('the Atom feed parses and links to pages that exist', async ({ request }) => {
    const response = await request.get('/feed.xml');
    expect(response.status()).toBe(200);
    const feed = parseFeed(await response.text());
    expect(feed.meta.type).toBe('atom');
    expect(feed.items.length).toBeGreaterThan(10);
    for (const item of feed.items.slice(0, 20)) expect(routes).toContain(new URL(item.url!).pathname);
  });

  test('the sitemap gives every page its last-modified date', async ({ request }) => {
    const xml = await (await request.get('/sitemap.xml')).text();
    const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(300);
    expect(urls.filter((u) => !/<lastmod>\d{4}-\d{2}-\d{2}/.test(u))).toEqual([]);
  });
});

test.describe('embeds', () => {
  test('a state page offers its status box and badge; the box shows the status without the site chrome', async ({
    page,
    request,
  }) => {
    await page.goto('/states/ukr/');
    await page.locator('.embed-offer summary').click();
    await expect(page.locator('.embed-offer pre').first()).toContainText('/embed/states/ukr/"');
    await page.goto('/embed/states/ukr/');
    // Not shipped at all (not hidden with CSS): an iframe gets only the box.
    await expect(page.locator('.site-header, .site-footer, .skip-link, .search-form')).toHaveCount(0);
    await expect(page.locator('.embed h1')).toHaveText('Ukraine');
    await expect(page.locator('.embed .status')).toHaveText('Contested');
    const badge = await request.get('/embed/states/ukr/badge.svg');
    expect(badge.headers()['content-type']).toContain('image/svg+xml');
    expect(await badge.text()).toContain('<title>Ukraine, Ottawa Treaty: Contested');
  });

  test('a comparison sits in an iframe on another page', async ({ page }) => {
    await page.goto('/compare/ccw-amended-protocol-ii/ottawa/');
    await page.locator('.embed-offer summary').click();
    const snippet = await page.locator('.embed-offer pre').textContent();
    expect(snippet).toContain('/embed/compare/ccw-amended-protocol-ii/ottawa/');
    await page.setContent(snippet!.replace(/src="https?:\/\/[^/]+/, `src="${new URL(page.url()).origin}`));
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('table caption')).toContainText('Stance on each point');
    await expect(frame.locator('tbody tr').first()).toBeVisible();
    await expect(frame.locator('.site-header, .site-footer')).toHaveCount(0);
  });

  test('other pages keep the site header and footer', async ({ page }) => {
    await page.goto('/states/ukr/');
    await expect(page.locator('body > .site-header')).toHaveCount(1);
    await expect(page.locator('body > .site-footer')).toHaveCount(1);
  });
});
