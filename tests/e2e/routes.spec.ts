import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtRoutes, sampledRoutes } from './builtSite';
import { renderEverything } from './renderEverything';

const routes = sampledRoutes();
const HEAVY = ['/states/', '/compare/', '/sources/'];

test('the build contains the core pages', () => {
  for (const route of [
    '/',
    '/treaties/ottawa/',
    '/treaties/ottawa/article-1/',
    '/treaties/ottawa/preamble/',
    '/glossary/',
    '/sources/',
    '/about/',
    '/states/',
    '/states/ukr/',
    '/us-policy/',
    '/compare/',
    '/compare/select/',
    '/civilian-risk/',
    '/timeline/',
    '/data/',
    '/topics/withdrawals/',
    '/topics/korea-exception/',
    '/topics/ukraine-2024-decision/',
    '/instruments/ccw-amended-protocol-ii/',
  ]) {
    expect(builtRoutes()).toContain(route);
  }
});

for (const route of routes) {
  test.describe(`page ${route}`, () => {
    test('loads with status 200, no console errors and no axe violations (WCAG 2.2 A/AA and the experimental axe rules)', async ({
      page,
    }) => {
      if (HEAVY.includes(route)) test.setTimeout(240_000);
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      const response = await page.goto(route);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      // Long lists and tables use content-visibility: auto, so off-screen parts have no layout
      // until scrolled to. Render everything first, so axe judges every element as a reader will
      // meet it (target sizes, contrast) rather than as a zero-size box.
      await renderEverything(page);
      const axe = await new AxeBuilder({ page })
        // 'experimental' adds rules axe does not run by default, such as label-in-name.
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'experimental'])
        .analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(errors).toEqual([]);
    });

    test('reads with JavaScript disabled and fits a 320 px screen', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      await page.goto(route);
      const main = page.locator('main');
      await expect(main.locator('h1')).toBeVisible();
      // An embed is a badge-sized status or comparison; every other page is a full page of text.
      expect((await main.innerText()).length).toBeGreaterThan(route.startsWith('/embed/') ? 50 : 200);
      await renderEverything(page); // lay out everything before measuring
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await context.close();
    });
  });
}

test('an unknown address answers 404 with a helpful page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
});
