import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { renderEverything } from './renderEverything';

/**
 * Tested by looking: screenshots of the main page types on a phone (390 px) and a laptop
 * (1280 px), light and dark, written to test-results/screenshots/ for a person to review,
 * and the measurable parts of "does it read" asserted on each.
 */
export const SCREENSHOT_DIR = path.resolve(__dirname, '../../test-results/screenshots');

const PAGES = [
  ['home', '/'],
  ['article', '/treaties/ottawa/article-20/'],
  ['states', '/states/'],
  ['state', '/states/ukr/'],
  ['compare', '/compare/'],
  ['pair', '/compare/ottawa/us-2022-policy/'],
  ['civilian-risk', '/civilian-risk/'],
] as const;
const WIDTHS = [390, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;
/** Long pages are cut here: the top of the page is what the screenshot is for. */
const MAX_SHOT_HEIGHT = 7000;

/** Rendered size in CSS px of the smallest text in any chart: font size × the SVG's scale. */
function smallestChartText(page: Page) {
  return page.evaluate(() => {
    let smallest = Infinity;
    for (const svg of document.querySelectorAll<SVGSVGElement>('.chart svg')) {
      const box = svg.getBoundingClientRect();
      if (box.width === 0 || getComputedStyle(svg).display === 'none') continue;
      const scale = box.width / (svg.viewBox.baseVal?.width || box.width);
      for (const text of svg.querySelectorAll('text')) {
        const size = parseFloat(getComputedStyle(text).fontSize) * scale;
        smallest = Math.min(smallest, size);
      }
    }
    return smallest;
  });
}

/** The longest run of note links read one after another (marks separated by nothing but spaces). */
function longestNoteRun(page: Page) {
  return page.evaluate(() => {
    let longest = 0;
    for (const mark of document.querySelectorAll('sup.cite')) {
      const prev = mark.previousSibling;
      const continues =
        prev &&
        (prev.nodeType === Node.TEXT_NODE
          ? !prev.textContent?.trim() && prev.previousSibling?.nodeName === 'SUP'
          : prev.nodeName === 'SUP');
      if (continues) continue; // counted from the first mark of its run
      let links = 0;
      let node: ChildNode | null = mark;
      while (node) {
        if (node.nodeName === 'SUP' && (node as Element).classList.contains('cite'))
          links += (node as Element).querySelectorAll(':scope > span > .cite-run > a').length;
        else if (!(node.nodeType === Node.TEXT_NODE && !node.textContent?.trim())) break;
        node = node.nextSibling;
      }
      longest = Math.max(longest, links);
    }
    return longest;
  });
}

for (const [name, route] of PAGES) {
  for (const width of WIDTHS) {
    test(`${name} (${route}) at ${width} px reads in light and dark mode`, async ({ browser }) => {
      test.setTimeout(480_000); // axe on the longest pages takes minutes on a busy machine
      for (const colorScheme of SCHEMES) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        await page.goto(route);
        await renderEverything(page);
        fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.screenshot({
          path: path.join(SCREENSHOT_DIR, `${name}-${width}-${colorScheme}.png`),
          fullPage: true,
          clip: { x: 0, y: 0, width, height: Math.min(height, MAX_SHOT_HEIGHT) },
        });

        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, 'no sideways scrolling of the page').toBeLessThanOrEqual(0);
        if (width === 390) expect(await smallestChartText(page), 'smallest chart text, px').toBeGreaterThanOrEqual(12);
        expect(await longestNoteRun(page), 'note links in one run').toBeLessThanOrEqual(3);
        const axe = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
        expect(axe.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);

        await context.close();
      }
    });
  }
}

/*
 * Beside the contents list (80rem and wider), wide tables, the map and charts start at the
 * text's left edge and use the room to the right. Centred, they were held to the list's side
 * of the margin: at 1,280 px the states table scrolled sideways in the text's 672 px.
 */
for (const [route, selector] of [
  ['/states/', '.table-scroll:has(#states-table)'],
  ['/states/', '.world-map'],
  ['/compare/', '.compare-view'],
  ['/civilian-risk/', '.chart'],
] as const) {
  test(`beside the contents list at 1280 px, ${selector} on ${route} breaks out to the right`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(route);
    // Laid out at its full width once near the viewport (content-visibility: auto).
    await page.locator(selector).first().scrollIntoViewIfNeeded();
    const box = await page.locator(selector).first().boundingBox();
    const text = await page.locator('main h1').boundingBox();
    const list = await page.locator('.toc').boundingBox();
    expect(box && text && list).toBeTruthy();
    expect(Math.abs(box!.x - text!.x), 'starts at the text edge').toBeLessThanOrEqual(1);
    expect(box!.x, 'clear of the contents list').toBeGreaterThanOrEqual(list!.x + list!.width);
    expect(box!.x + box!.width, 'wider than the text').toBeGreaterThan(text!.x + text!.width + 200);
    expect(box!.x + box!.width, 'inside the screen').toBeLessThanOrEqual(1280 - 8);
  });
}
