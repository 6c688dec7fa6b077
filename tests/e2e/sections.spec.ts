/**
 * Sections of the main text use content-visibility: auto (app/globals.css), so the browser
 * skips styling and laying out what is below the fold. What a reader must not notice: a hover
 * card opened at the bottom of a section is cut off by the section's paint clip, a link to a
 * paragraph far down lands somewhere else, or a printout leaves sections blank.
 */
import { expect, test, type Locator } from '@playwright/test';

const ARTICLE = '/treaties/ottawa/article-1/';
// 22 answers, each a section whose text ends with note marks and their inline cards.
const ANSWERS = '/answers/';

test('a section below the fold is skipped until the reader comes near it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/sources/');
  // A skipped section keeps its own box; what it skips is its content.
  const skipped = await page.evaluate(
    () =>
      [...document.querySelectorAll('main section')].filter(
        (s) => s.firstElementChild && !s.firstElementChild.checkVisibility({ contentVisibilityAuto: true }),
      ).length,
  );
  expect(skipped, 'sections skipped on first paint').toBeGreaterThan(10);
});

test('a hover card that reaches into the next section is drawn whole, on top of it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(ANSWERS);
  // Hover the marks of sections that have another section after them until a card reaches
  // into that next section: the case under test (on this page, several do).
  const marks = page.locator('main section:has(+ section) .cite-run > a');
  const count = await marks.count();
  expect(count, 'note marks in sections followed by another').toBeGreaterThan(0);
  let card: Locator | null = null;
  for (let i = 0; i < count && !card; i += 1) {
    const mark = marks.nth(i);
    await mark.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 250)); // room below the mark for its card
    await mark.hover();
    const candidate = mark.locator('+ .cite-card');
    await expect(candidate).toBeVisible();
    const overNext = await candidate.evaluate(
      (el) =>
        el.getBoundingClientRect().bottom > el.closest('section')!.nextElementSibling!.getBoundingClientRect().top,
    );
    if (overNext) card = candidate;
  }
  expect(card, 'a card that reaches into the next section').not.toBeNull();
  // A grid of points over the card: each must find the card on top, neither clipped at its
  // section's edge nor painted over by the next section.
  const missed = await card!.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const missed: string[] = [];
    for (const fx of [0.1, 0.5, 0.9])
      for (const fy of [0.1, 0.5, 0.9]) {
        const found = document.elementFromPoint(box.left + box.width * fx, box.top + box.height * fy);
        if (!found || !el.contains(found)) missed.push(`${fx},${fy}: ${found?.tagName ?? 'nothing'}`);
      }
    return missed;
  });
  expect(missed, 'points of the card not on top').toEqual([]);
});

test('a link to a paragraph far down a long page lands on it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/sources/');
  const last = await page.locator('main section [id]').last().getAttribute('id');
  await page.goto(`/sources/#${last}`);
  await expect(page.locator(`[id="${last}"]`)).toBeInViewport();
});

test('printing lays out every section', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.emulateMedia({ media: 'print' });
  const values = await page.evaluate(() =>
    [...document.querySelectorAll('main section')].map((s) => getComputedStyle(s).contentVisibility),
  );
  expect(values.length).toBeGreaterThan(0);
  expect(new Set(values)).toEqual(new Set(['visible']));
});

test('the pointer can move from a note mark onto its card without the card closing', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/treaties/ottawa/article-1/');
  const mark = page.locator('main .cite-run > a').first();
  await mark.scrollIntoViewIfNeeded();
  const card = mark.locator('+ .cite-card');
  const from = (await mark.boundingBox())!;
  const x = from.x + from.width / 2;
  await page.mouse.move(x, from.y + from.height / 2);
  await expect(card).toBeVisible();
  const to = (await card.boundingBox())!;
  // Straight down, a pixel at a time, into the card: there was a 6 px gap where it closed.
  for (let y = Math.round(from.y + from.height / 2); y <= to.y + 6; y += 1) {
    await page.mouse.move(x, y);
    expect(await card.isVisible(), `card still open with the pointer at y = ${y}`).toBe(true);
  }
});
