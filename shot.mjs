import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const [u, out, w, full] = process.argv.slice(2);
const p = await b.newPage({ viewport: { width: Number(w ?? 1280), height: 900 } });
await p.goto('http://127.0.0.1:4180' + u);
await p.screenshot({ path: out, fullPage: full === 'full' });
await b.close();
