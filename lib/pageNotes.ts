import { citationsInMdx, numberCitations, type CardMode, type Notes } from './citations';
import { embeddedCitations } from './embeddedCitations';
import { getSource } from './content';
import type { Citation } from './content/schemas';

/**
 * Numbers a page's citations in reading order: first what the page template shows before
 * the body (key facts), then the MDX body, then anything after it.
 */
export function notesForPage({
  before = [],
  body = '',
  after = [],
  cards = 'inline',
}: {
  before?: readonly Citation[];
  body?: string;
  after?: readonly Citation[];
  cards?: CardMode;
}): Notes {
  return numberCitations([...before, ...citationsInMdx(body, embeddedCitations), ...after], getSource, { cards });
}
