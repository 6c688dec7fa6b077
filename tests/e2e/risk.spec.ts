import { expect, test } from '@playwright/test';

interface Row {
  year: number;
  total: number;
  killed: number | null;
  injured: number | null;
}

const fmt = new Intl.NumberFormat('en-GB');

test('the prose quotes the casualty data, so a changed row changes the sentence', async ({ page, request }) => {
  const rows = ((await (await request.get('/data/casualties.json')).json()) as { records: Row[] }).records;
  const latest = rows.at(-1)!;
  await page.goto('/civilian-risk/');
  const intro = page.locator('main p').filter({ hasText: `For ${latest.year} the Monitor recorded` });
  await expect(intro).toContainText(fmt.format(latest.total));
  // Note marks follow each number; their hover cards (the reference, in brackets) are in the text too.
  const marks = '(\\[.*?\\])*';
  if (latest.killed !== null)
    await expect(intro).toContainText(new RegExp(`${fmt.format(latest.killed)}${marks} people killed`));
  if (latest.injured !== null)
    await expect(intro).toContainText(new RegExp(`${fmt.format(latest.injured)}${marks} injured`));
});

test('every chart has a title, a source line with an "as of" date, downloads and a data table', async ({
  page,
  request,
}) => {
  await page.goto('/civilian-risk/');
  const charts = page.locator('figure.chart');
  expect(await charts.count()).toBeGreaterThanOrEqual(3);
  for (const chart of await charts.all()) {
    await expect(chart.locator('.chart-title')).not.toBeEmpty();
    await expect(chart.locator('[role="img"]')).toHaveAttribute('aria-label', /.+/);
    await expect(chart.locator('.chart-source')).toContainText('Source:');
    await expect(chart.locator('.chart-source time')).toHaveCount(1);
    await expect(chart.locator('.chart-source sup.cite').first()).toBeVisible();
    await expect(chart.locator('details.chart-data table')).toHaveCount(1);
    for (const format of ['csv', 'json']) {
      const href = await chart.locator(`.chart-source a[href$=".${format}"]`).getAttribute('href');
      expect((await request.get(href!)).status()).toBe(200);
    }
  }
});

test('the CSV and JSON downloads carry the same rows', async ({ request }) => {
  for (const name of ['casualties', 'casualties-latest', 'contamination', 'compare', 'states']) {
    const json = ((await (await request.get(`/data/${name}.json`)).json()) as { records: unknown[] }).records;
    const csv = await (await request.get(`/data/${name}.csv`)).text();
    const records = csv.trim().split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    expect(records.length - 1).toBe(json.length);
  }
});

test('every casualty share says what it is a share of, in the table and in the prose', async ({ page }) => {
  await page.goto('/civilian-risk/');
  // 2023: children were 37% of all recorded casualties, not of civilian casualties.
  const row2023 = page
    .locator('table tr')
    .filter({ has: page.locator('th', { hasText: /^2023$/ }) })
    .first();
  await expect(row2023).toContainText('37% of all recorded casualties');
  const row2024 = page
    .locator('table tr')
    .filter({ has: page.locator('th', { hasText: /^2024$/ }) })
    .first();
  await expect(row2024).toContainText('46% of civilian casualties');
  const intro = page.locator('main p').filter({ hasText: 'For 2024 the Monitor recorded' });
  await expect(intro).toContainText(/children 46% of civilian casualties/);
  await expect(intro).not.toContainText('almost half of all casualties');
});

test('the contamination table never shows a passed Article 5 deadline as current', async ({ page }) => {
  await page.goto('/civilian-risk/');
  const table = page
    .locator('table')
    .filter({ has: page.locator('caption', { hasText: 'Article 5 clearance deadline' }) });
  const angola = table.locator('tr').filter({ has: page.locator('th a', { hasText: 'Angola' }) });
  await expect(angola).toContainText('31 December 2025 (passed; no extension found, a request is pending)');
  const oman = table.locator('tr').filter({ has: page.locator('th a', { hasText: 'Oman' }) });
  await expect(oman).toContainText('Completed (2025, reported, not verified)');
  const ukraine = table.locator('tr').filter({ has: page.locator('th a', { hasText: 'Ukraine' }) });
  await expect(ukraine).not.toContainText('instrument of withdrawal');
});
