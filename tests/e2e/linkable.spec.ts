import { expect, test } from '@playwright/test';

test('the compare column choice is kept in the address and restored from it, with a caption saying what is shown', async ({
  page,
}) => {
  await page.goto('/compare/');
  await page.locator('#show-us-2020-policy').uncheck();
  await expect(page).toHaveURL(/[?&]show=[^&]+/);
  expect(new URL(page.url()).searchParams.get('show')).not.toContain('us-2020-policy');
  await expect(page.locator('#compare-caption')).toContainText(/Showing \d+ of \d+ instruments/);
  await expect(page.locator('th[data-col="us-2020-policy"]').first()).toBeHidden();

  await page.goto('/compare/?show=ottawa,ccw-amended-protocol-ii,us-2022-policy');
  await expect(page.locator('#show-ottawa')).toBeChecked();
  await expect(page.locator('#show-us-2020-policy')).not.toBeChecked();
  await expect(page.locator('#compare-caption')).toContainText('Showing 3 of');
  await expect(page.locator('[data-col="us-2020-policy"]').first()).toBeHidden();
  await expect(page.locator('[data-col="ottawa"]').first()).toBeVisible();
});

test('without JavaScript the column checkboxes still hide columns', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/compare/');
  await page.locator('#show-us-2020-policy').uncheck();
  await expect(page.locator('[data-col="us-2020-policy"]').first()).toBeHidden();
  await context.close();
});

test('the states filters live in the address and a shared address restores them', async ({ page }) => {
  await page.goto('/states/');
  await page.locator('form.filters select[name="status"]').selectOption('withdrawn');
  await expect(page).toHaveURL(/[?&]status=withdrawn/);
  await expect(page.locator('#states-table caption')).toContainText('showing 5 states with status “Withdrawn”');

  await page.goto('/states/?status=withdrawn&region=Europe&sort=consent');
  await expect(page.locator('form.filters select[name="status"]')).toHaveValue('withdrawn');
  await expect(page.locator('form.filters select[name="sort"]')).toHaveValue('consent');
  await expect(page.locator('#states-table tbody tr:not([hidden])')).toHaveCount(5);
  await expect(page.locator('#states-table caption')).toContainText('region Europe');
});
