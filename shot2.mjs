import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const [u, out, sel, w] = process.argv.slice(2);
const p = await b.newPage({ viewport: { width: Number(w ?? 1280), height: 900 } });
await p.goto('http://127.0.0.1:4180' + u);
await p.locator(sel).first().screenshot({ path: out });
await b.close();
