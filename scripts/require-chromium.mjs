/**
 * Browser tests need a Chromium. Finds one (in this order: $CHROMIUM_PATH, /usr/bin/chromium,
 * Playwright's own download) or stops with instructions — never skips silently.
 */
import { createRequire } from 'node:module';

const { chromiumExecutable } = createRequire(import.meta.url)('./chromium-path.cjs');

const found = chromiumExecutable();
if (!found) {
  console.error(`No Chromium found for the browser tests.
Install one, then run the tests again:
  - Debian/Ubuntu: sudo apt-get install -y chromium        (found at /usr/bin/chromium)
  - or any Chromium/Chrome binary: export CHROMIUM_PATH=/path/to/chromium
  - or Playwright's own build: npx playwright install chromium`);
  process.exit(1);
}
console.log(`Browser tests will use ${found}`);
