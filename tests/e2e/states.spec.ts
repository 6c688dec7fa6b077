import { expect, test } from '@playwright/test';
import { builtRoutes, isStateNamePage } from './builtSite';

const stateRoutes = builtRoutes().filter((r) => /^\/states\/[a-z]{3}\/$/.test(r) && !isStateNamePage(r));

test('the full states table is in the HTML, one row per state page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/states/');
  await expect(page.locator('#states-table tbody tr')).toHaveCount(stateRoutes.length);
  await expect(page.locator('form.filters')).toHaveCount(0); // the controls stay in a <template>: no dead controls without JavaScript
  await context.close();
});

test('filters narrow the table by status and region, and sorting reorders it', async ({ page }) => {
  await page.goto('/states/');
  const rows = page.locator('#states-table tbody tr:not([hidden])');
  const all = await rows.count();
  // Region alone: only that region's rows remain, and they are fewer than all.
  const europe = await page.locator('#states-table tbody tr[data-region="Europe"]').count();
  await page.locator('form.filters select[name="region"]').selectOption('Europe');
  await expect(rows).toHaveCount(europe);
  expect(europe).toBeLessThan(all);
  expect(await rows.evaluateAll((trs) => trs.filter((tr) => tr.getAttribute('data-region') !== 'Europe').length)).toBe(
    0,
  );
  // The caption says what is shown, in its own words; the narrow-screen note stays a separate
  // element that CSS hides on a wide screen (it was once merged into the caption's text).
  const caption = page.locator('#states-table caption');
  await expect(caption.locator('[data-caption-text]')).toHaveText(
    new RegExp(`Amended Protocol II consent: showing ${europe} states with region Europe$`),
  );
  await expect(caption.locator('.narrow-note')).toHaveCount(1);
  expect(await caption.locator('.narrow-note').evaluate((note) => getComputedStyle(note).display)).toBe(
    (page.viewportSize()?.width ?? 0) > 640 ? 'none' : 'inline',
  );
  await page.locator('form.filters select[name="region"]').selectOption('');
  await page.locator('form.filters select[name="status"]').selectOption('withdrawn');
  await expect(rows).toHaveCount(5);
  await expect(page.locator('.filters [role="status"]')).toHaveText('Showing 5 states.');
  await page.locator('form.filters select[name="region"]').selectOption('Europe');
  await expect(rows).toHaveCount(5);
  // Both filters at once: no withdrawn state is in the Americas.
  await page.locator('form.filters select[name="region"]').selectOption('Americas');
  await expect(rows).toHaveCount(0);
  await page.locator('form.filters select[name="status"]').selectOption('');
  await page.locator('form.filters select[name="region"]').selectOption('');
  await expect(rows).toHaveCount(all);
  await page.locator('form.filters select[name="sort"]').selectOption('consent');
  // Canada, Ireland and Mauritius deposited first, on 3 December 1997.
  const first = await rows.first().getAttribute('data-consent');
  expect(first).toBe('1997-12-03');
  await expect(page.locator('th[data-sort="consent"]')).toHaveAttribute('aria-sort', 'ascending');
});

test('the filter arrives with its count already written, so its live region announces nothing on load', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const changes: string[] = [];
    (window as unknown as { statusChanges: string[] }).statusChanges = changes;
    new MutationObserver((records) => {
      for (const record of records) {
        const node = record.target instanceof Element ? record.target : record.target.parentElement;
        if (node?.closest('[role="status"]')) changes.push(node.textContent ?? '');
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto('/states/');
  await expect(page.locator('.filters [role="status"]')).toHaveText(/^Showing \d+ states\.$/);
  expect(await page.evaluate(() => (window as unknown as { statusChanges: string[] }).statusChanges)).toEqual([]);
});

test('the map links each drawn country to its page, with its status in words', async ({ page, request }) => {
  await page.goto('/states/');
  await expect(page.locator('.world-map object[type="image/svg+xml"]')).toHaveAttribute(
    'aria-label',
    /Ottawa Treaty status by country/,
  );
  const svg = await (await request.get('/states/map.svg')).text();
  const links = [...svg.matchAll(/<a href="([^"]+)" target="_top" aria-label="([^"]+)"/g)].map((m) => ({
    href: m[1]!,
    label: m[2]!,
  }));
  expect(links.length).toBeGreaterThan(150);
  for (const { href } of links) expect(stateRoutes).toContain(href);
  expect(links).toContainEqual({ href: '/states/fin/', label: 'Finland: Withdrawn' });
  expect(links).toContainEqual({ href: '/states/ukr/', label: 'Ukraine: Contested' });
  // Every state is either drawn or listed by name under the map.
  const listed = await page
    .locator('.world-map figcaption a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const route of stateRoutes) expect(links.some((l) => l.href === route) || listed.includes(route)).toBe(true);
});

test('a state page joins its Ottawa record, its Amended Protocol II status and the withdrawal explainer', async ({
  page,
}) => {
  await page.goto('/states/ukr/');
  await expect(page.locator('main')).toContainText('Contested');
  await expect(page.locator('main')).toContainText('18 July 2025');
  await expect(page.locator('#amended-protocol-ii')).toBeVisible();
  await expect(page.locator('main a[href="/topics/withdrawals/"]')).toHaveCount(1);
  await page.goto('/states/est/');
  await expect(page.locator('main')).toContainText('Withdrawn');
  await expect(page.locator('main')).toContainText('27 December 2025');
});

test('Ukraine is never said to have withdrawn, and its Amended Protocol II date is computed, not the consent date', async ({
  page,
}) => {
  await page.goto('/states/ukr/');
  await expect(page.locator('main')).not.toContainText('deposited an instrument of withdrawal');
  // Consent 21 September 1999: bound six months later.
  await expect(page.locator('main')).toContainText(
    'Bound since 21 March 2000 (consent deposited 21 September 1999, date not verified)',
  );
  // The dispute is answered: the States Parties' December 2025 conclusion is on the page.
  await expect(page.locator('main')).toContainText('confirmed that Ukraine remains bound');
});

test('a state page says when its Article 5 deadline passed with no extension found, and what was searched', async ({
  page,
}) => {
  await page.goto('/states/ago/');
  const main = page.locator('main');
  await expect(main).toContainText('Its Article 5 clearance deadline of 31 December 2025 has passed');
  await expect(main).toContainText('What we searched, as of 30 November 2026:');
  await expect(main).toContainText(
    'Original deadline to clear mined areas (Art. 5(1): ten years after entry into force)',
  );
  await page.goto('/states/lka/');
  await expect(page.locator('main')).toContainText('1 June 2028, ten years after the treaty entered into force for it');
});
