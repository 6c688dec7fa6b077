import type { Page } from '@playwright/test';

/**
 * Lays out every part of the page before a test measures it: sections, tables and long lists
 * use content-visibility: auto (app/globals.css), so the browser skips what is below the fold
 * and an overflow or a contrast failure there would go unseen. Works with JavaScript disabled
 * (page.evaluate runs in the test's own world), unlike addStyleTag. The inline style needs the
 * config's bypassCSP.
 */
export async function renderEverything(page: Page) {
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = '* { content-visibility: visible !important; }';
    document.head.append(style);
  });
}
