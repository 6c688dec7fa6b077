import { expect, test } from '@playwright/test';
import { builtRoutes, htmlFor } from './builtSite';

/**
 * The comparison pages: what a reader would notice if they broke. The instrument list comes
 * from the matrix itself (its column headers), not from a typed list.
 */
const routes = builtRoutes();
const matrixHtml = htmlFor('/compare/');
const instrumentIds = [...new Set([...matrixHtml.matchAll(/<th scope="col" data-col="([^"]+)"/g)].map((m) => m[1]!))];
const STANCES = ['Prohibited', 'Restricted', 'Permitted', 'Required', 'Not addressed'];
/** Points with a scale of their own (content/data/dimensions.yaml) show its levels instead. */
const SCALE_LEVELS = [
  'No exception: the same rule everywhere',
  'Korean Peninsula excepted',
  'Korean Peninsula and Ukraine excepted',
  'No geographic limit on use',
  'Binding treaty',
  'Statute (binding national law)',
  'Executive policy (any administration can change it)',
  'Executive decision (one case)',
  'Department memo (internal policy)',
];

test('the matrix has a column for every instrument and a pair page for every pair', () => {
  expect(instrumentIds.length).toBeGreaterThanOrEqual(10);
  const pairRoutes = routes.filter((r) => /^\/compare\/[^/]+\/[^/]+\/$/.test(r) && r !== '/compare/select/');
  expect(pairRoutes).toHaveLength((instrumentIds.length * (instrumentIds.length - 1)) / 2);
  for (const [i, a] of instrumentIds.entries()) {
    for (const b of instrumentIds.slice(i + 1)) {
      expect(routes.includes(`/compare/${a}/${b}/`) || routes.includes(`/compare/${b}/${a}/`)).toBe(true);
    }
  }
});

test('every matrix cell states its stance in words and cites a source', async ({ page }) => {
  await page.goto('/compare/');
  const cells = page.locator('.compare-table tbody td');
  const count = await cells.count();
  expect(count).toBeGreaterThanOrEqual(instrumentIds.length * 14);
  const problems = await cells.evaluateAll(
    (tds, stances) =>
      tds.flatMap((td) => {
        const stance = td.querySelector('.stance')?.textContent?.trim() ?? '';
        const marks = td.querySelectorAll('sup.cite a[href^="#note-"]').length;
        return [
          ...(stances.includes(stance) ? [] : [`${td.id}: stance "${stance}" not in words`]),
          ...(marks > 0 ? [] : [`${td.id}: no citation`]),
        ];
      }),
    [...STANCES, ...SCALE_LEVELS],
  );
  expect(problems).toEqual([]);
});

test('geographic exceptions and legal force read on their own scales, so a treaty and a memo no longer look alike', async ({
  page,
}) => {
  await page.goto('/compare/');
  const row = (dimension: string) => page.locator(`tr#dim-${dimension}`);
  await expect(row('geographic-exceptions').locator('td[data-col="ottawa"] .stance')).toHaveText(
    'No exception: the same rule everywhere',
  );
  await expect(row('geographic-exceptions').locator('td[data-col="us-2025-dod-memo"] .stance')).toHaveText(
    'No geographic limit on use',
  );
  await expect(row('legal-force').locator('td[data-col="ottawa"] .stance')).toHaveText('Binding treaty');
  await expect(row('legal-force').locator('td[data-col="us-2025-dod-memo"] .stance')).toHaveText(
    'Department memo (internal policy)',
  );
});

test('a pair page counts a point that one side does not address as a difference, and says so', async ({ page }) => {
  await page.goto('/compare/ottawa/us-2025-dod-memo/');
  await expect(page.locator('.lede')).toContainText(
    'A point that one of them does not address counts as a difference when the other does address it',
  );
  const differ = page.locator('.pair-list').first();
  await expect(differ).toContainText('Geographic exceptions');
});

test('the most asked pairs are linked from the home page', async ({ page }) => {
  await page.goto('/');
  for (const href of [
    '/compare/ottawa/us-2022-policy/',
    '/compare/us-2022-policy/us-2024-ukraine-transfer/',
    '/compare/ccw-amended-protocol-ii/ottawa/',
    '/compare/us-2020-policy/us-2022-policy/',
  ]) {
    await expect(page.locator(`main a[href="${href}"]`).first()).toBeVisible();
  }
});

test('a pair page shows differences first, then agreements, then the full table', async ({ page }) => {
  await page.goto('/compare/us-2020-policy/us-2022-policy/');
  const headings = await page.locator('main h2').allTextContents();
  expect(headings.slice(0, 3)).toEqual(['What changed', 'Where they take the same position', 'Side by side']);
  expect(await page.locator('.compare-table thead th[scope="col"]').count()).toBe(3);
  // The side-by-side table has one row per comparison point: as many as the full matrix.
  const pairRows = await page.locator('.compare-table tbody tr').count();
  await page.goto('/compare/');
  const matrixRows = await page.locator('.compare-table tbody tr').count();
  expect(matrixRows).toBeGreaterThanOrEqual(14);
  expect(pairRows).toBe(matrixRows);
});

test('the picker works without JavaScript and lands on the pair page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/compare/');
  const form = page.locator('form.picker');
  await form.locator('select[name="a"]').selectOption('us-2022-policy');
  await form.locator('select[name="b"]').selectOption('ottawa');
  await form.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/compare\/ottawa\/us-2022-policy\/$/);
  await expect(page.locator('h1')).toContainText('compared');
  await context.close();
});

test('choosing columns hides the others without JavaScript (the view for three or more)', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto('/compare/');
  const keep = instrumentIds.slice(0, 3);
  for (const id of instrumentIds.slice(3)) await page.locator(`#show-${id}`).uncheck();
  const visible = await page
    .locator('.compare-table thead th[scope="col"][data-col]')
    .evaluateAll((ths) =>
      ths.filter((th) => (th as HTMLElement).offsetParent !== null).map((th) => th.getAttribute('data-col')),
    );
  expect(visible).toEqual(keep);
  // The group headers span fixed numbers of columns: with columns hidden they would stand over
  // the wrong ones, so without JavaScript the group row goes.
  await expect(page.locator('.compare-table .group-row')).toBeHidden();
  await context.close();
});

test('with columns hidden, each group header spans exactly the columns of its group still shown', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/compare/?show=ccw-amended-protocol-ii,us-2022-policy,us-2024-ukraine-transfer');
  const edges = (selector: string) =>
    page.locator(selector).evaluateAll((cells) =>
      cells
        .filter((cell) => (cell as HTMLElement).offsetParent !== null)
        .map((cell) => {
          const box = cell.getBoundingClientRect();
          return [Math.round(box.left), Math.round(box.right)];
        }),
    );
  await page.locator('.compare-scroll').scrollIntoViewIfNeeded();
  const columns = await edges('.compare-table thead th[scope="col"][data-col]');
  expect(columns).toHaveLength(3);
  // Treaties over the Amended Protocol II column; U.S. executive policy over the two policies;
  // U.S. legislation, with none of its columns shown, gone.
  expect(await edges('.compare-table .group-row th')).toEqual([columns[0], [columns[1]![0], columns[2]![1]]]);
  await page.locator('#show-us-1992-export-moratorium').check();
  const after = await edges('.compare-table thead th[scope="col"][data-col]');
  expect(await edges('.compare-table .group-row th')).toEqual([after[0], [after[1]![0], after[2]![1]], after[3]]);
});

test('on a 320 px screen the matrix becomes cards and keeps every column', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await page.goto('/compare/');
  const firstRow = page.locator('.compare-table tbody tr').first();
  const cells = firstRow.locator('td');
  expect(await cells.count()).toBe(instrumentIds.length);
  const labels = await cells.evaluateAll((tds) =>
    tds.map((td) => ({
      visible: (td as HTMLElement).offsetHeight > 0,
      label: getComputedStyle(td, '::before').content,
      display: getComputedStyle(td).display,
    })),
  );
  for (const l of labels) {
    expect(l.visible).toBe(true);
    expect(l.display).toBe('block');
    expect(l.label).not.toBe('none');
  }
  await context.close();
});

test('a cell can be linked to and copied with its citation', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto('/compare/#ottawa--use');
  const cell = page.locator('#ottawa--use');
  await expect(cell).toBeVisible();
  const button = cell.locator('button.copy');
  await expect(button).toBeVisible();
  await button.click();
  await expect(page.locator('[role="status"]').filter({ hasText: 'Copied' })).toHaveCount(1);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Use:');
  expect(copied).toContain('Sources:');
  expect(copied).toMatch(/\/compare\/#ottawa--use$/);
  await context.close();
});

test('printed, the matrix keeps every column on the page', async ({ browser }) => {
  // A4 landscape at 96 dpi, minus margins: about 1040 px of printable width.
  const context = await browser.newContext({ viewport: { width: 1040, height: 760 } });
  const page = await context.newPage();
  await page.goto('/compare/');
  await page.emulateMedia({ media: 'print' });
  const table = await page.locator('.compare-table').boundingBox();
  expect(table!.width).toBeLessThanOrEqual(1040);
  const headers = page.locator('.compare-table thead th[scope="col"][data-col]');
  expect(await headers.count()).toBe(instrumentIds.length);
  for (const box of await headers.evaluateAll((ths) =>
    ths.map((th) => th.getBoundingClientRect().toJSON() as DOMRect),
  )) {
    expect(box.width).toBeGreaterThan(40);
    expect(box.right).toBeLessThanOrEqual(1040);
  }
  await context.close();
});

test('a note mark in the matrix shows its reference on hover and focus, from the one copy the page holds', async ({
  page,
}) => {
  // Each source's card is in the page once (a template), not in each of the hundreds of marks.
  expect(matrixHtml).not.toContain('class="cite-card"');
  await page.goto('/compare/');
  const mark = page.locator('#ottawa--use sup.cite a').first();
  const note = await mark.getAttribute('href');
  const title = (await page.locator(`${note} cite`).textContent())!;
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  const card = page.locator('#ottawa--use .cite-card');
  await expect(card).toBeVisible();
  await expect(card).toContainText(title);
  await expect(card).toHaveAttribute('aria-hidden', 'true');
  // Keyboard: focusing another cell's mark shows its card.
  const other = page.locator('#ccw-amended-protocol-ii--use sup.cite a').first();
  await other.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator('#ccw-amended-protocol-ii--use .cite-card')).toBeVisible();
});
