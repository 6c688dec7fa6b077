import { defineConfig } from '@playwright/test';

// Shared with scripts/require-chromium.mjs, which stops the run with instructions when none is found.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS file shared with a plain Node script
const { chromiumExecutable } = require('./scripts/chromium-path.cjs') as {
  chromiumExecutable: () => string | undefined;
};

const PORT = Number(process.env.TEST_PORT ?? 4173);

/** Browser tests run against the production build in out/, served as a static site. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 120_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    // Tests inject a style to lay out content-visibility regions before measuring; the site's
    // CSP forbids inline styles, so other specs bypass it and csp.spec.ts alone enforces it.
    bypassCSP: true,
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `PORT=${PORT} npx tsx scripts/serve.ts out`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
