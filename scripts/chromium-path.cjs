const fs = require('node:fs');

/** The Chromium the browser tests use: $CHROMIUM_PATH, then /usr/bin/chromium, then Playwright's cache. */
function chromiumExecutable() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    candidates.push(require('playwright-core').chromium.executablePath());
  } catch {
    // No Playwright browser cache: fall through.
  }
  return candidates.find((path) => path && fs.existsSync(path));
}

module.exports = { chromiumExecutable };
