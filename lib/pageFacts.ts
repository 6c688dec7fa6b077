/**
 * Each page's facts for its head, its "Cite this page" block, the feed and the sitemap: title,
 * description, address, last-reviewed date and change history. Pages with a content file of
 * their own (topics, pages, instruments, provisions, states) take these from it; a page built
 * from many records (the states list, the comparison) is as recent as the newest of them, and
 * its history is theirs.
 */
import type { Instrument, PageChange, Provision, Source, StateRecord, Topic } from './content/schemas';
import { latestDate } from './dates';
import type { PageFacts, ShareImageFamily } from './pageMetadata';
import { provisionLabel } from './provisionSlugs';
import { CIVILIAN_RISK_SLUG, paths } from './routes';

/** How many changes a page built from many records lists: the latest few are what a reader wants. */
export const MERGED_HISTORY_LENGTH = 5;

export interface Reviewed {
  reviewed: string;
  changes: readonly PageChange[];
}

/** The review of a page built from several records: the newest date, their changes merged, newest first. */
export function mergeReviews(reviews: readonly Reviewed[], limit = MERGED_HISTORY_LENGTH): Reviewed {
  const seen = new Set<string>();
  const changes = reviews
    .flatMap((r) => r.changes)
    .filter((c) => {
      const key = `${c.date}|${c.summary}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => b.date.localeCompare(a.date));
  // Keep the oldest entry (first publication) so the history still says when the page began.
  const kept = changes.length > limit ? [...changes.slice(0, limit - 1), changes.at(-1)!] : changes;
  return { reviewed: latestDate(reviews.map((r) => r.reviewed)), changes: kept };
}

export function topicFacts(topic: Topic, kind: 'topic' | 'page'): PageFacts {
  const path = kind === 'page' ? (topic.slug === 'home' ? paths.home : `/${topic.slug}/`) : paths.topic(topic.slug);
  return {
    title: topic.title,
    description: topic.description,
    path,
    reviewed: topic.asOf,
    changes: topic.changes,
    family: kind === 'page' ? 'site' : topic.slug === CIVILIAN_RISK_SLUG ? 'data' : 'topics',
  };
}

export function instrumentFacts(instrument: Instrument): PageFacts {
  const family: ShareImageFamily =
    instrument.kind === 'treaty' || instrument.kind === 'protocol' ? 'treaty' : 'us-policy';
  return {
    title: instrument.shortTitle,
    description: instrument.summary,
    path: paths.instrument(instrument.id),
    reviewed: instrument.asOf,
    changes: instrument.changes,
    family,
  };
}

/** "Art. 5(1)", "Preamble, recital 2", "Art. 1" (for a one-paragraph article): the pinpoint a reference uses. */
export function paragraphPin(provision: Pick<Provision, 'number' | 'paragraphs'>, paragraphId: string): string {
  if (paragraphId.startsWith('p')) return `Preamble, recital ${paragraphId.slice(1)}`;
  return provision.paragraphs.length > 1 ? `Art. ${provision.number}(${paragraphId})` : `Art. ${provision.number}`;
}

export function provisionFacts(provision: Provision, treaty: Pick<Instrument, 'id' | 'shortTitle'>): PageFacts {
  const label = provisionLabel(provision.number);
  return {
    title: `${treaty.shortTitle}, ${label}${provision.number > 0 ? `: ${provision.title}` : ''}`,
    description: `${label} of the ${treaty.shortTitle}: ${provision.title}. The exact text, paragraph by paragraph, with a plain explanation.`,
    path: paths.provision(treaty.id, provision.number),
    reviewed: provision.reviewed,
    changes: provision.changes,
    family: 'treaty',
  };
}

/**
 * A state's review date: the record's own `reviewed`, else the latest date on which any source
 * it cites was accessed (when its facts were last checked).
 */
export function stateReview(state: StateRecord, sourceById: (id: string) => Pick<Source, 'accessed'>): Reviewed {
  const cited = [...state.ottawa.cite, ...state.ccwAmendedProtocolII.cite].map((c) => c.source);
  return {
    reviewed: state.reviewed ?? latestDate(cited.map((id) => sourceById(id).accessed)),
    changes: state.changes,
  };
}

export function stateFacts(state: StateRecord, sourceById: (id: string) => Pick<Source, 'accessed'>): PageFacts {
  return {
    title: `${state.name} and the Ottawa Treaty`,
    description: `${state.name}: signature, ratification or accession, entry into force and any withdrawal under the Ottawa Treaty, and its CCW Amended Protocol II status, with sources.`,
    path: paths.state(state.iso),
    ...stateReview(state, sourceById),
    family: 'states',
  };
}

export const instrumentReview = (i: Pick<Instrument, 'asOf' | 'changes'>): Reviewed => ({
  reviewed: i.asOf,
  changes: i.changes,
});

/** A page built from several records (a list, a comparison): reviewed when the newest of them was. */
export function derivedFacts(page: Omit<PageFacts, 'reviewed' | 'changes'>, from: readonly Reviewed[]): PageFacts {
  return { ...page, ...mergeReviews(from) };
}
