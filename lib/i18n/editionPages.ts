/**
 * The facts (title, address, review date, history) of every page of a French or Spanish
 * edition, in one place: the pages' heads and "Cite this page" read them, and so does the
 * edition's feed (/fr/feed.xml), which lists every page of the edition like /feed.xml does.
 */
import { answers, getInstrument, getSource, terms } from '../content';
import type { StateRecord } from '../content/schemas';
import { latestDate } from '../dates';
import { stateFacts } from '../pageFacts';
import type { PageFacts } from '../pageMetadata';
import { OTTAWA_ID, paths } from '../routes';
import { editionFacts, editionPageFacts } from './editions';
import { messages } from './index';
import type { TranslatedLocale } from './locales';
import { stateName } from './stateNames';

export function answersPageFacts(locale: TranslatedLocale): PageFacts {
  const m = messages(locale);
  return editionFacts(
    locale,
    paths.answers,
    { title: m.answers.title, description: m.answers.description, asOf: latestDate(answers.map((a) => a.asOf)) },
    'site',
  );
}

export function glossaryPageFacts(locale: TranslatedLocale): PageFacts {
  const m = messages(locale);
  const reviewed = latestDate(terms.flatMap((t) => t.cite.map((c) => getSource(c.source).accessed)));
  return editionFacts(
    locale,
    paths.glossary,
    { title: m.glossary.title, description: m.glossary.description, asOf: reviewed },
    'site',
    'website',
  );
}

export function statesPageFacts(locale: TranslatedLocale): PageFacts {
  const m = messages(locale);
  return editionFacts(
    locale,
    paths.states,
    { title: m.states.title, description: m.states.description, asOf: getInstrument(OTTAWA_ID).asOf },
    'states',
    'website',
  );
}

export function statePageFacts(locale: TranslatedLocale, state: StateRecord): PageFacts {
  const m = messages(locale);
  const name = stateName(locale, state);
  // Reviewed when the English record was (its history too): the summary states the same facts.
  const { reviewed } = stateFacts(state, getSource);
  return editionFacts(
    locale,
    paths.state(state.iso),
    { title: m.state.title(name), description: m.state.description(name), asOf: reviewed },
    'states',
  );
}

/**
 * A page with no written history of its own (the interface pages and state summaries, built
 * from dated records) still changes when its records are checked: its feed entry is that
 * review, dated as the page shows it ("Last reviewed"), so the feed lists every page.
 */
function withReviewEntry(locale: TranslatedLocale, facts: PageFacts): PageFacts {
  if (facts.changes && facts.changes.length > 0) return facts;
  return { ...facts, changes: [{ date: facts.reviewed, summary: messages(locale).feed.reviewed }] };
}

/** Every page of the edition, for its feed: translated prose, answers, glossary, states and each state. */
export function editionFeedPages(locale: TranslatedLocale, states: readonly StateRecord[]): PageFacts[] {
  return [
    ...editionPageFacts(locale),
    answersPageFacts(locale),
    glossaryPageFacts(locale),
    statesPageFacts(locale),
    ...states.map((s) => statePageFacts(locale, s)),
  ].map((facts) => withReviewEntry(locale, facts));
}
