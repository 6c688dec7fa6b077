/**
 * On every built page, note marks first appear in order 1, 2, 3 … N: the rows a page draws
 * and the numbers of their notes come from one ordered list (lib/). Reads out/ directly.
 */
import { expect, test } from '@playwright/test';
import { noteMarksInHtml, noteOrderProblem } from '../../lib/noteOrder';
import { builtRoutes, htmlFor } from './builtSite';

test('note numbers first appear in order on every page', () => {
  const routes = builtRoutes();
  expect(routes.length).toBeGreaterThan(100);
  const problems = routes.flatMap((route) => {
    const problem = noteOrderProblem(noteMarksInHtml(htmlFor(route)));
    return problem ? [`${route}: ${problem}`] : [];
  });
  expect(problems).toEqual([]);
  // The check must see marks at all: the civilian-risk page cites well over 30 sources.
  expect(new Set(noteMarksInHtml(htmlFor('/civilian-risk/'))).size).toBeGreaterThan(30);
});
