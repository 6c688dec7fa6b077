import { expect, test } from '@playwright/test';

test('each paragraph of an article has a stable anchor and a link to itself, even without JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/treaties/ottawa/article-20/#para-3');
  const paragraph = page.locator('#para-3');
  await expect(paragraph).toContainText('armed conflict');
  const link = paragraph.getByRole('link', { name: 'Link to Article 20, paragraph 3' });
  await expect(link).toHaveAttribute('href', '#para-3');
  // No "Copy link" button under each paragraph any more: the link mark is the one control.
  await expect(page.locator('.paragraph button')).toHaveCount(0);
  await context.close();
});

test('the paragraph link mark is quiet until hovered or focused, and reachable by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/treaties/ottawa/article-20/');
  const link = page.locator('#para-3 a.paragraph-link');
  const opacity = () => link.evaluate((el) => Number(getComputedStyle(el).opacity));
  expect(await opacity()).toBe(0);
  await page.locator('#para-3 p').hover();
  await expect.poll(opacity).toBe(1);
  await page.mouse.move(0, 0);
  await expect.poll(opacity).toBe(0);
  // Tab from the paragraph before: the next stop is this paragraph's mark, shown while focused.
  await page.locator('#para-2 a.paragraph-link').focus();
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await expect.poll(opacity).toBe(1);
});

test('one click on the link mark copies the citation and the paragraph address', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto('/treaties/ottawa/article-20/');
  await page.locator('#para-3 p').hover();
  await page.locator('#para-3 a.paragraph-link').click();
  await expect(page.locator('[role="status"]').filter({ hasText: 'Copied' })).toHaveCount(1);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/Article 20\(3\)/);
  expect(copied).toMatch(/\/treaties\/ottawa\/article-20\/#para-3$/);
  expect(page.url()).toMatch(/#para-3$/); // and the link still goes to the paragraph
  await context.close();
});
