import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const w of [390, 1280]) {
  const p = await b.newPage({ viewport: { width: w, height: 900 } });
  await p.goto('http://127.0.0.1:4208' + process.argv[2]);
  await p.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  const r = await p.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const out = [];
    for (const el of document.querySelectorAll('body *')) {
      const b = el.getBoundingClientRect();
      if (b.right > vw + 0.5 && b.width > 0) out.push(`${el.tagName}.${el.className} ${Math.round(b.left)}-${Math.round(b.right)}`);
    }
    return [vw, document.documentElement.scrollWidth, out.slice(0, 8)];
  });
  console.log(w, JSON.stringify(r));
}
await b.close();
