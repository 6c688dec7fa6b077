import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { htmlFor } from './builtSite';

/**
 * The bibliography: /sources/ lists every source in a line at its old anchor, and each line
 * leads to the full entry on the page for the source's type (and year).
 */
const sourceIds = fs
  .readdirSync(path.resolve(__dirname, '../../content/sources'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));
const indexLines = new Map(
  [...htmlFor('/sources/').matchAll(/<li id="source-([^"]+)"><a href="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]),
);

test('the index keeps a line for every source, at its old anchor, linking to its full entry', () => {
  expect([...indexLines.keys()].sort()).toEqual([...sourceIds].sort());
  const problems: string[] = [];
  for (const [id, href] of indexLines) {
    const [page, fragment] = href.split('#');
    if (!/^\/sources\/[a-z]+\/(\d{4}\/|undated\/)?$/.test(page!) || fragment !== `source-${id}`) {
      problems.push(`${id}: ${href}`);
      continue;
    }
    // The full entry: the source's address, an archived copy and the date it was read.
    const entry = new RegExp(`<li id="source-${id}">(.*?)</li>`).exec(htmlFor(page!))?.[1] ?? '';
    if (!/rel="external"/.test(entry) || !/Archived copy/.test(entry) || !/Accessed/.test(entry))
      problems.push(`${id}: no full entry on ${page}`);
  }
  expect(problems).toEqual([]);
});

test('an old link to a source lands on its line without JavaScript, and its title leads to the full entry', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const id = [...indexLines.keys()].find((k) => k.startsWith('lm-2019-'))!;
  await page.goto(`/sources/#source-${id}`);
  const line = page.locator(`#source-${id}`);
  await expect(line).toBeInViewport();
  await line.locator('a').click();
  await expect(page).toHaveURL(new RegExp(`/sources/ngo/2019/#source-${id}$`));
  const entry = page.locator(`#source-${id}`);
  await expect(entry).toBeInViewport();
  await expect(entry.getByRole('link', { name: 'Archived copy' })).toBeVisible();
  await expect(page.locator('h1')).toHaveText('Non-governmental organisations and humanitarian bodies: 2019');
  await context.close();
});

test('a page’s notes link each source to its full entry', async ({ page }) => {
  await page.goto('/treaties/ottawa/article-1/');
  const record = page.locator('.references a', { hasText: 'Record' }).first();
  const href = (await record.getAttribute('href'))!;
  expect(href).toMatch(/^\/sources\/[a-z]+\/(\d{4}\/|undated\/)?#source-/);
  await record.click();
  await expect(page.locator(`#${href.split('#')[1]}`)).toBeInViewport();
});
