import { expect, test } from '@playwright/test';

test('quick answers: each question has its own anchor, an "as of" date, sources and a full-page link', async ({
  page,
}) => {
  await page.goto('/answers/');
  const answers = page.locator('section.answer');
  expect(await answers.count()).toBeGreaterThanOrEqual(20);
  for (const answer of await answers.all()) {
    const heading = answer.locator('h3');
    const id = await heading.getAttribute('id');
    expect(id).toMatch(/^[a-z0-9-]+$/);
    await expect(page.locator(`.answer-index a[href="#${id}"]`)).toHaveCount(1);
    await expect(answer.locator('.as-of time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    await expect(answer.locator('sup.cite').first()).toBeVisible();
    await expect(answer.locator('a', { hasText: /\S/ }).last()).toHaveAttribute('href', /^\/.+\/(#[a-z0-9-]+)?$/);
    await expect(answer).not.toContainText('{');
  }
});

test('the answers quote computed statuses and counts, not placeholders', async ({ page }) => {
  await page.goto('/answers/');
  await expect(page.locator('#is-the-united-states-a-party').locator('xpath=..')).toContainText(
    'the United States is not a party',
  );
  await expect(page.locator('#is-ukraine-still-bound').locator('xpath=..')).toContainText('18 July 2025');
  await expect(page.locator('#how-many-states-parties').locator('xpath=..')).toContainText(
    /There are \d+ States Parties/,
  );
  await expect(page.locator('#which-states-have-left').locator('xpath=..')).toContainText('Poland (20 February 2026)');
});

test('common errors in coverage: each card names the outlet, the correct fact and its source', async ({ page }) => {
  await page.goto('/answers/#coverage-errors');
  const cards = page.locator('li.coverage-error');
  expect(await cards.count()).toBeGreaterThanOrEqual(5);
  for (const card of await cards.all()) {
    await expect(card).toContainText('Reported:');
    await expect(card).toContainText('In fact:');
    await expect(card.locator('a[href^="/sources/"][href*="#source-"]')).toHaveCount(1);
    await expect(card.locator('sup.cite').first()).toBeVisible();
  }
  await expect(page.locator('#error-ukraine-suspension-called-withdrawal')).toContainText('TASS');
});

test('the FAQPage JSON-LD parses and lists every question', async ({ page }) => {
  await page.goto('/answers/');
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const faq = blocks
    .map((b) => JSON.parse(b) as { '@type'?: string; mainEntity?: { name: string }[] })
    .find((d) => d['@type'] === 'FAQPage');
  expect(faq?.mainEntity?.length).toBe(await page.locator('section.answer').count());
});

test('the U.S. pages open with the policy in force today, linked to it', async ({ page }) => {
  for (const path of ['/us-policy/', '/states/usa/']) {
    await page.goto(path);
    const line = page.locator('.policy-in-force');
    await expect(line).toContainText('In force today');
    await expect(line.locator('a[href^="/instruments/us-"]')).toHaveCount(1);
  }
});
