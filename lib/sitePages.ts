/**
 * The site's pages that have a content file of their own, with their facts (title, address,
 * review date, change history): the feed lists their changes and the sitemap their dates.
 */
import { instrumentPairs } from './compare/order';
import { authenticTexts, getInstrument, getSource, instruments, pages, provisions, states, topics } from './content';
import { allTextPageFacts } from './textPages';
import { latestDate } from './dates';
import type { PageFacts } from './pageMetadata';
import { derivedFacts, instrumentFacts, instrumentReview, provisionFacts, stateFacts, topicFacts } from './pageFacts';
import { paths } from './routes';

export function contentPageFacts(): PageFacts[] {
  return [
    ...pages.map((p) => topicFacts(p, 'page')),
    ...topics.map((t) => topicFacts(t.data, 'topic')),
    ...instruments.map(instrumentFacts),
    ...provisions.map((p) => provisionFacts(p, getInstrument(p.instrument))),
    ...states.map((s) => stateFacts(s, getSource)),
  ];
}

/** Pair pages are reviewed when the later of their two instruments was. */
function pairFacts(): PageFacts[] {
  return instrumentPairs(instruments).map(([a, b]) =>
    derivedFacts(
      {
        title: `${a.shortTitle} and ${b.shortTitle}`,
        description: '',
        path: paths.comparePair(a.id, b.id),
        family: 'compare',
      },
      [instrumentReview(a), instrumentReview(b)],
    ),
  );
}

/** Last-reviewed date by page path; a list or index page is as recent as the newest page. */
export function reviewedByPath(): { byPath: Map<string, string>; newest: string } {
  const facts = [
    ...contentPageFacts(),
    ...pairFacts(),
    ...allTextPageFacts(authenticTexts, (id) => getSource(id).accessed),
  ];
  return { byPath: new Map(facts.map((f) => [f.path, f.reviewed])), newest: latestDate(facts.map((f) => f.reviewed)) };
}
