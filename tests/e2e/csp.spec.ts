import { expect, test } from '@playwright/test';
import { sampledRoutes } from './builtSite';

/**
 * Every built page (large families sampled), served by the production server with its Content-Security-Policy
 * (lib/server/headers.ts: no inline scripts or styles, nothing from another origin), loads
 * without one violation: a violation is something the browser refused to apply or run, so a
 * reader would see an unstyled part or a dead control.
 */
// Every page, with large template families sampled (builtSite.ts); the name pages, which
// redirect at once, are left out.
const routes = sampledRoutes();
const SHARDS = 4;

// The other specs bypass the policy (playwright.config.ts); this one enforces it.
test.use({ bypassCSP: false });

for (let shard = 0; shard < SHARDS; shard += 1) {
  test(`no Content-Security-Policy violation on any page (part ${shard + 1} of ${SHARDS})`, async ({ page }) => {
    test.setTimeout(300_000);
    const violations: string[] = [];
    let current = '';
    page.on('console', (message) => {
      if (/Refused to|Content Security Policy/i.test(message.text())) violations.push(`${current}: ${message.text()}`);
    });
    await page.exposeFunction('reportViolation', (text: string) => violations.push(`${current}: ${text}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { reportViolation: (t: string) => void }).reportViolation;
        report(
          `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
        );
      });
    });
    for (const route of routes.filter((_, i) => i % SHARDS === shard)) {
      current = route;
      const response = await page.goto(route, { waitUntil: 'load' });
      expect(response?.status(), route).toBe(200);
      expect(response?.headers()['content-security-policy'], route).toContain("script-src 'self'");
    }
    expect(violations).toEqual([]);
  });
}
