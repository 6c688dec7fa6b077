import { expect, test } from '@playwright/test';

test('each paragraph of an article has a stable anchor and a visible link to itself, even without JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/treaties/ottawa/article-20/#para-3');
  const paragraph = page.locator('#para-3');
  await expect(paragraph).toContainText('armed conflict');
  await expect(paragraph.locator('a.paragraph-link')).toHaveAttribute('href', '#para-3');
  await expect(paragraph.locator('a.paragraph-link')).toBeVisible();
  await expect(paragraph.locator('button.copy')).toBeHidden(); // no control that cannot work
  await context.close();
});

test('the copy-link control copies the citation and the paragraph address', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto('/treaties/ottawa/article-20/');
  const button = page.locator('#para-3 button.copy');
  await expect(button).toBeVisible();
  await button.click();
  await expect(page.locator('[role="status"]').filter({ hasText: 'Copied' })).toHaveCount(1);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/Article 20\(3\)/);
  expect(copied).toMatch(/\/treaties\/ottawa\/article-20\/#para-3$/);
  await context.close();
});
