// Renders design/share-image.svg to public/share.png (the Open Graph image), 1200 × 630.
// Run after changing the drawing: node scripts/render-share-image.mjs
import { chromium } from 'playwright-core';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromiumExecutable } = require('./chromium-path.cjs');
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.goto(`file://${path.resolve('design/share-image.svg')}`);
await page.screenshot({ path: 'public/share.png' });
await browser.close();
