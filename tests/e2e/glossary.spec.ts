import { expect, test } from '@playwright/test';

test('the glossary has at least 40 terms in sentence case, each with its sources', async ({ page }) => {
  await page.goto('/glossary/');
  const terms = page.locator('dl.glossary dt');
  expect(await terms.count()).toBeGreaterThanOrEqual(40);
  for (const name of await terms.allTextContents()) expect(name.charAt(0)).toMatch(/[A-Z0-9]/);
  for (const dd of await page.locator('dl.glossary dd').all())
    await expect(dd.locator('sup.cite').first()).toBeVisible();
});

test('terms defined by a treaty name the article, and each term links to the pages that use it', async ({ page }) => {
  await page.goto('/glossary/');
  const mine = page.locator('dt#term-mine + dd');
  await expect(mine.locator('a[href="/treaties/ottawa/article-2/"]', { hasText: 'Art. 2(2)' })).toHaveCount(1);
  const withdrawal = page.locator('dt#term-withdrawal + dd');
  await expect(withdrawal).toContainText('Art. 20(2)–(3)');
  expect(await withdrawal.locator('a[href="/treaties/ottawa/article-20/"]').count()).toBeGreaterThanOrEqual(1);
});

test('terms link on their first use in an explanation: real links, reachable by keyboard, named by their text', async ({
  page,
}) => {
  await page.goto('/treaties/ottawa/article-20/');
  const termLinks = page.locator('main a.term');
  expect(await termLinks.count()).toBeGreaterThan(0);
  const hrefs = await termLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(new Set(hrefs).size).toBe(hrefs.length); // each term once per page
  const first = termLinks.first();
  await expect(first).toHaveAttribute('href', /^\/glossary\/#term-/);
  await expect(first).toHaveAccessibleName((await first.textContent())!.trim());
  // Keyboard: tabbing reaches the link.
  await first.focus();
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/glossary\/#term-/);
});
