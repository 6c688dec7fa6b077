/**
 * Every URL the site publishes, built from ids. Links in components and the integrity
 * check both use these functions, so a route is spelled in one place. URLs end in a
 * slash because the static export writes `<route>/index.html` (see next.config.js).
 * Published URLs are a promise to the people who link to them: do not rename.
 */
import { provisionSlug } from './provisionSlugs';

export const OTTAWA_ID = 'ottawa';

export const paths = {
  home: '/',
  about: '/about/',
  /** The bibliography's index: a line per source, linking to its full entry. */
  sources: '/sources/',
  /** The full entries of one type of source (for a type split by year, the list of its years). */
  sourcesOfType: (type: string) => `/sources/${type}/`,
  /** The full entries of one type of source published in one year (`part` from `sourcePart`). */
  sourcesOfTypePart: (type: string, part: string) => `/sources/${type}/${part}/`,
  /** The page that holds a source's full entry. */
  sourcePage: (source: SourceLocation) =>
    SOURCE_TYPES_BY_YEAR.has(source.type)
      ? paths.sourcesOfTypePart(source.type, sourcePart(source))
      : paths.sourcesOfType(source.type),
  /** A link to a source's full entry: every link to a source record is built here. */
  sourceRecord: (source: SourceLocation & { id: string }) => `${paths.sourcePage(source)}#${sourceAnchor(source.id)}`,
  glossary: '/glossary/',
  ottawa: '/treaties/ottawa/',
  instrument: (id: string) => (id === OTTAWA_ID ? '/treaties/ottawa/' : `/instruments/${id}/`),
  provision: (instrument: string, number: number) => `${paths.instrument(instrument)}${provisionSlug(number)}/`,
  /** The civilian-risk explainer is a topic with a short address of its own. */
  topic: (slug: string) => (slug === CIVILIAN_RISK_SLUG ? '/civilian-risk/' : `/topics/${slug}/`),
  states: '/states/',
  state: (iso: string) => `/states/${iso.toLowerCase()}/`,
  /** Every state's status at the end of a year (or on the "as of" date for the current year). */
  statesOn: (year: number) => `/states/on/${year}/`,
  /** The status map for one of those dates, drawn at build time. */
  statusMap: (year: number) => `/states/map/${year}.svg`,
  usPolicy: '/us-policy/',
  compare: '/compare/',
  /** A pair page; the two ids are always in the canonical order given by `pairKey`. */
  comparePair: (a: string, b: string) => `/compare/${a}/${b}/`,
  compareSelection: '/compare/select/',
  timeline: '/timeline/',
  data: '/data/',
  answers: '/answers/',
  /** The Ottawa Treaty in its six authentic languages (Art. 22). */
  texts: '/treaties/ottawa/texts/',
  /** A language's contents; the English text's contents are the treaty page itself. */
  textLanguage: (lang: string) => (lang === 'en' ? '/treaties/ottawa/' : `/treaties/ottawa/texts/${lang}/`),
  /** One part in one language; the English part is the article page. */
  textPart: (lang: string, number: number) =>
    lang === 'en' ? paths.provision(OTTAWA_ID, number) : `/treaties/ottawa/texts/${lang}/${provisionSlug(number)}/`,
  /** The side-by-side picker (the server redirects its plain form) and the list of every pair. */
  textCompare: '/treaties/ottawa/texts/compare/',
  /** Two languages side by side; the pair in Article 22's order (lib/texts textPairs). */
  textPair: (a: string, b: string) => `/treaties/ottawa/texts/compare/${a}/${b}/`,
  textPairPart: (a: string, b: string, number: number) =>
    `/treaties/ottawa/texts/compare/${a}/${b}/${provisionSlug(number)}/`,
} as const;

export const CIVILIAN_RISK_SLUG = 'civilian-risk';

/** What decides the page a source's entry is on: only the source's own type and date, never a count. */
interface SourceLocation {
  type: string;
  date?: string | null;
}
/**
 * Source types with too many entries for one light page (the NGO type has over 500, mostly
 * Landmine Monitor): their entries are split by year of publication. A year never changes with
 * the number of sources, so an entry's address stays put as sources are added.
 */
export const SOURCE_TYPES_BY_YEAR: ReadonlySet<string> = new Set(['ngo']);
export const UNDATED_PART = 'undated';
/** The year page of a source in a split type: its year of publication, or `undated`. */
export const sourcePart = (source: SourceLocation): string => (source.date ? source.date.slice(0, 4) : UNDATED_PART);

/** The bibliography's pages besides the index: each type's page and each year page of a split type. */
export function bibliographyRoutes(sources: readonly SourceLocation[]): string[] {
  const types = [...new Set(sources.map((s) => s.type))].sort();
  const yearPages = [...new Set(sources.filter((s) => SOURCE_TYPES_BY_YEAR.has(s.type)).map(paths.sourcePage))];
  return [...types.map(paths.sourcesOfType), ...yearPages.sort()];
}

/** Anchor of a provision paragraph: `#para-1`, `#para-p2` (preamble recital 2). */
export const paragraphAnchor = (paragraphId: string) => `para-${paragraphId}`;
export const termAnchor = (termId: string) => `term-${termId}`;
/** Anchor of a quick answer and of a coverage correction on /answers/. */
export const answerAnchor = (answerId: string) => answerId;
export const coverageErrorAnchor = (errorId: string) => `error-${errorId}`;
export const sourceAnchor = (sourceId: string) => `source-${sourceId}`;
/** The reference list at the foot of a page. */
export const REFERENCES_ID = 'sources';

/** Anchor of a comparison row (one dimension) on the matrix and pair pages. */
export const dimensionAnchor = (dimensionId: string) => `dim-${dimensionId}`;
/** Anchor of one cell (instrument × dimension) on the matrix. */
export const cellAnchor = (instrumentId: string, dimensionId: string) => `${instrumentId}--${dimensionId}`;

export interface RouteInputs {
  instruments: readonly { id: string }[];
  provisions: readonly { instrument: string; number: number }[];
  topics: readonly { slug: string }[];
  states: readonly { iso: string }[];
  /** Instrument id pairs in canonical order (see lib/compare). */
  pairs: readonly (readonly [string, string])[];
  /** Authentic-text languages that have text, in Article 22's order, with their part numbers (lib/texts). */
  texts?: readonly { language: string; parts: readonly number[] }[];
  /** The sources, for the bibliography's type and year pages. */
  sources?: readonly SourceLocation[];
}

/** The pages of the authentic texts: the index, each language's contents and parts, every pair side by side. */
export function textRoutes(all: NonNullable<RouteInputs['texts']>): string[] {
  const texts = all.filter((t) => t.parts.length > 0);
  const others = texts.filter((t) => t.language !== 'en');
  const pairs = texts.flatMap((a, i) => texts.slice(i + 1).map((b) => [a, b] as const));
  return [
    paths.texts,
    paths.textCompare,
    ...others.flatMap((t) => [paths.textLanguage(t.language), ...t.parts.map((n) => paths.textPart(t.language, n))]),
    ...pairs.flatMap(([a, b]) => [
      paths.textPair(a.language, b.language),
      ...a.parts.filter((n) => b.parts.includes(n)).map((n) => paths.textPairPart(a.language, b.language, n)),
    ]),
  ];
}

/** All page routes, given the content; the sitemap and the integrity check use it. */
export function allRoutes({
  instruments,
  provisions,
  topics,
  states,
  pairs,
  texts = [],
  sources = [],
}: RouteInputs): string[] {
  return [
    paths.home,
    paths.about,
    paths.sources,
    ...bibliographyRoutes(sources),
    paths.glossary,
    paths.states,
    paths.usPolicy,
    paths.compare,
    paths.compareSelection,
    paths.timeline,
    paths.data,
    paths.answers,
    ...instruments.map((i) => paths.instrument(i.id)),
    ...provisions.map((p) => paths.provision(p.instrument, p.number)),
    ...topics.map((t) => paths.topic(t.slug)),
    ...states.map((s) => paths.state(s.iso)),
    ...pairs.map(([a, b]) => paths.comparePair(a, b)),
    ...textRoutes(texts),
  ];
}

/**
 * The English paths that have a French and a Spanish edition (`/fr/…`, `/es/…`): home, the
 * Ottawa overview, the withdrawals explainer, quick answers, glossary, search and the states'
 * status summaries. Prose pages appear in an edition only once translated (lib/i18n/editions).
 */
export function translatedRoutes(stateIsos: readonly string[]): string[] {
  return [
    paths.home,
    paths.ottawa,
    paths.topic('withdrawals'),
    paths.answers,
    paths.glossary,
    paths.states,
    '/search/',
    ...stateIsos.map((iso) => paths.state(iso)),
  ];
}

/** The English page of each translatable prose file (`translationOf` in content/i18n/). */
export function proseRoute(translationOf: 'pages/home' | 'instruments/ottawa' | 'topics/withdrawals'): string {
  switch (translationOf) {
    case 'pages/home':
      return paths.home;
    case 'instruments/ottawa':
      return paths.ottawa;
    case 'topics/withdrawals':
      return paths.topic('withdrawals');
  }
}
export const PROSE_ROUTES: ReadonlySet<string> = new Set([paths.home, paths.ottawa, paths.topic('withdrawals')]);
