/**
 * The integrity check: parses every raw document with its zod schema, then checks what no
 * single schema can see — ids unique and matching file names, every citation, term, figure
 * and internal link resolving, dates in order. It collects every problem instead of
 * stopping at the first, so one run lists all that needs fixing.
 */
import { instrumentPairs } from '../compare/order';
import { checkMdxBody } from '../mdx/checkBody';
import { tryOutlineMdx } from '../mdx/outline';
import { figureTokenIds } from '../figureText';
import isoCountries from 'i18n-iso-countries';
import type { z } from 'zod';
import {
  allRoutes,
  PROSE_ROUTES,
  proseRoute,
  translatedRoutes,
  paragraphAnchor,
  paths,
  REFERENCES_ID,
  sourceAnchor,
  termAnchor,
} from '../routes';
import { documentTypes, type DocumentTypeName } from './documentTypes';
import type { Problem } from './problems';
import { factsOf, tierMap, weakOnlyProblems } from './sourceTiers';
import { FIRST_CASUALTY_YEAR } from './schemas';
import type { RawDocument } from './rawDocuments';
import { checkAnswers } from './validateAnswers';
import { checkTranslations, localeOfFile, type TranslationContent } from './validateTranslations';
import type { TranslatedAnswer, TranslatedPage, TranslatedTerm } from './translationSchemas';
import { localePath } from '../i18n/locales';
import { checkTexts } from './validateTexts';
import { buildTexts } from '../texts';
import type {
  Answer,
  CoverageError,
  CasualtiesLatest,
  Correction,
  CasualtySeries,
  Contamination,
  Dimension,
  Instrument,
  Provision,
  ReportedFigure,
  Source,
  StateRecord,
  Term,
  TextLanguage,
  TextPart,
  TimelineEvent,
  Topic,
} from './schemas';

/** A parsed document together with where it came from. */
export interface Located<T> {
  file: string;
  data: T;
  body?: string;
  bodyLine?: number;
}

export interface ValidatedContent {
  sources: Located<Source>[];
  instruments: Located<Instrument>[];
  provisions: Located<Provision>[];
  topics: Located<Topic>[];
  pages: Located<Topic>[];
  terms: Located<Term>[];
  states: Located<StateRecord>[];
  figures: Located<ReportedFigure>[];
  dimensions: Located<Dimension>[];
  timeline: Located<TimelineEvent>[];
  casualties: Located<CasualtySeries>[];
  casualtiesLatest: Located<CasualtiesLatest>[];
  contamination: Located<Contamination>[];
  corrections: Located<Correction>[];
  answers: Located<Answer>[];
  coverageErrors: Located<CoverageError>[];
  translatedPages: Located<TranslatedPage>[];
  translatedAnswers: Located<TranslatedAnswer>[];
  translatedTerms: Located<TranslatedTerm>[];
  textLanguages: Located<TextLanguage>[];
  textParts: Located<TextPart>[];
}

/** The first day the Ottawa Treaty could be signed, and the day signature closed (Art. 15). */
export const OTTAWA_SIGNATURE_OPENED = '1997-12-03';
export const OTTAWA_SIGNATURE_CLOSED = '1999-03-01';

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const fieldName = (path: readonly PropertyKey[]) => (path.length ? path.map(String).join('.') : '(document)');

/** Turns zod issues into problems, one per offending field (unknown keys one each). */
function schemaProblems(file: string, data: unknown, issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        field: fieldName([...issue.path, key]),
        value: valueAt(data, [...issue.path, key]),
        // The citation shape before issue 14; the migration script rewrites it.
        message:
          key === 'sources'
            ? 'is the old citation shape: write `cite: [{source: <id>}]` (npx tsx scripts/migrate-citations.ts does it)'
            : 'is not a known field',
      }));
    }
    const value = valueAt(data, issue.path);
    const message = value === undefined && issue.code === 'invalid_type' ? 'is required' : issue.message;
    return [{ file, field: fieldName(issue.path), value, message }];
  });
}

function parseAll(documents: RawDocument[], problems: Problem[]) {
  const byType = new Map<DocumentTypeName, Located<unknown>[]>();
  for (const doc of documents) {
    const type = documentTypes.find((t) => t.name === doc.type)!;
    const result = type.schema.safeParse(doc.data);
    if (!result.success) {
      problems.push(...schemaProblems(doc.file, doc.data, result.error.issues));
      continue;
    }
    const data = result.data as Record<string, unknown>;
    if ('idField' in type && data[type.idField] !== doc.stem) {
      problems.push({ file: doc.file, field: type.idField, value: data[type.idField], message: `must equal the file name "${doc.stem}"` });
    }
    const list = byType.get(doc.type) ?? [];
    list.push({ file: doc.file, data, body: doc.body, bodyLine: doc.bodyLine });
    byType.set(doc.type, list);
  }
  const get = <T,>(name: DocumentTypeName) => (byType.get(name) ?? []) as Located<T>[];
  const dimensionLists = get<{ dimensions: Dimension[] }>('DimensionList');
  const timelines = get<{ events: TimelineEvent[] }>('Timeline');
  return {
    sources: get<Source>('Source'),
    instruments: get<Instrument>('Instrument'),
    provisions: get<Provision>('Provision'),
    topics: get<Topic>('Topic'),
    pages: get<Topic>('Page'),
    terms: get<Term>('Term'),
    states: get<StateRecord>('State'),
    figures: get<ReportedFigure>('Figure'),
    dimensions: dimensionLists.flatMap((l) => l.data.dimensions.map((data) => ({ file: l.file, data }))),
    timeline: timelines.flatMap((l) => l.data.events.map((data) => ({ file: l.file, data }))),
    casualties: get<CasualtySeries>('CasualtySeries'),
    casualtiesLatest: get<CasualtiesLatest>('CasualtiesLatest'),
    contamination: get<Contamination>('Contamination'),
    corrections: get<{ items: Correction[] }>('Corrections').flatMap((l) => l.data.items.map((data) => ({ file: l.file, data }))),
    answers: get<Answer>('Answer'),
    coverageErrors: get<CoverageError>('CoverageError'),
    translatedPages: get<TranslatedPage>('TranslatedPage'),
    translatedAnswers: get<TranslatedAnswer>('TranslatedAnswer'),
    translatedTerms: get<TranslatedTerm>('TranslatedTerm'),
    textLanguages: get<TextLanguage>('TextLanguage'),
    textParts: get<TextPart>('TextPart'),
  } satisfies ValidatedContent;
}

function checkUnique<T>(items: Located<T>[], key: (item: T) => string, field: string, problems: Problem[]) {
  const seen = new Map<string, string>();
  for (const item of items) {
    const value = key(item.data);
    const first = seen.get(value);
    if (first) problems.push({ file: item.file, field, value, message: `is already used by ${first}` });
    else seen.set(value, item.file);
  }
}

/** Every `source: id` anywhere in a record (in `cite` lists and elsewhere), with its field path. */
function* citedSourceIds(data: unknown, path: string[] = []): Generator<{ field: string; id: string }> {
  if (Array.isArray(data)) {
    for (const [i, item] of data.entries()) yield* citedSourceIds(item, [...path, String(i)]);
  } else if (data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      if (key === 'source' && typeof value === 'string') {
        yield { field: [...path, key].join('.'), id: value };
      } else {
        yield* citedSourceIds(value, [...path, key]);
      }
    }
  }
}

function checkStates(states: Located<StateRecord>[], problems: Problem[]) {
  for (const { file, data: state } of states) {
    if (!isoCountries.isValid(state.iso) || isoCountries.alpha3ToAlpha2(state.iso) === undefined) {
      problems.push({ file, field: 'iso', value: state.iso, message: 'is not an ISO 3166-1 alpha-3 country code' });
    }
    const stem = file.split('/').pop()!.replace(/\.yaml$/, '');
    if (stem !== state.iso.toLowerCase()) {
      problems.push({ file, field: 'iso', value: state.iso, message: `must match the file name "${stem}" (lowercase)` });
    }
    const o = state.ottawa;
    const at = (field: string) => `ottawa.${field}`;
    for (const [block, record] of [['ottawa', o], ['ccwAmendedProtocolII', state.ccwAmendedProtocolII]] as const) {
      const assertsSomething = !record.unverified || Object.entries(record).some(([key, value]) => key !== 'unverified' && typeof value === 'string' && /^\d{4}-/.test(value));
      if (assertsSomething && record.cite.length === 0) {
        problems.push({ file, field: `${block}.cite`, value: record.cite, message: 'must cite at least one source (only an unverified record with no dates may leave it empty)' });
      }
    }
    if (o.signed && (o.signed < OTTAWA_SIGNATURE_OPENED || o.signed > OTTAWA_SIGNATURE_CLOSED)) {
      problems.push({ file, field: at('signed'), value: o.signed, message: `must fall between ${OTTAWA_SIGNATURE_OPENED} and ${OTTAWA_SIGNATURE_CLOSED}, when the treaty was open for signature (Art. 15)` });
    }
    if (o.consent && o.consent < OTTAWA_SIGNATURE_OPENED) {
      problems.push({ file, field: at('consent'), value: o.consent, message: `cannot precede the opening for signature on ${OTTAWA_SIGNATURE_OPENED}` });
    }
    if (o.signed && o.consent && o.consent < o.signed) {
      problems.push({ file, field: at('consent'), value: o.consent, message: `cannot precede the signature on ${o.signed}` });
    }
    if ((o.consent === null) !== (o.consentType === null)) {
      problems.push({ file, field: at('consentType'), value: o.consentType, message: 'must be given exactly when a consent date is given' });
    }
    if (o.consentType === 'accession' && o.signed) {
      problems.push({ file, field: at('consentType'), value: o.consentType, message: 'a state that signed joins by ratification, acceptance or approval, not accession (Art. 16)' });
    }
    if (o.consentType && ['ratification', 'acceptance', 'approval'].includes(o.consentType) && !o.signed && !o.unverified) {
      problems.push({ file, field: at('signed'), value: o.signed, message: `is required for ${o.consentType} (only signatories ratify, accept or approve; others accede)` });
    }
    if (o.withdrawalNotified && !o.consent && !o.unverified) {
      problems.push({ file, field: at('withdrawalNotified'), value: o.withdrawalNotified, message: 'a state that never joined cannot withdraw: consent is missing' });
    }
    if (o.withdrawalNotified && o.consent && o.withdrawalNotified < o.consent) {
      problems.push({ file, field: at('withdrawalNotified'), value: o.withdrawalNotified, message: `cannot precede consent on ${o.consent}` });
    }
    const apii = state.ccwAmendedProtocolII;
    if (apii.reportedBoundBy && (apii.consent || !apii.unverified)) {
      problems.push({ file, field: 'ccwAmendedProtocolII.reportedBoundBy', value: apii.reportedBoundBy, message: 'is only for a record whose consent date is unknown (consent null, unverified: true)' });
    }
    if (o.suspensionNotified && (!o.consent || o.suspensionNotified < o.consent)) {
      problems.push({ file, field: at('suspensionNotified'), value: o.suspensionNotified, message: 'only a state already bound can give notice of suspension: consent is missing or later' });
    }
    if (o.withdrawalEffective && !o.withdrawalNotified) {
      problems.push({ file, field: at('withdrawalNotified'), value: undefined, message: `is required when a withdrawal takes effect (withdrawalEffective ${o.withdrawalEffective}); Art. 20(2) counts from the notification` });
    }
    if (o.withdrawalEffective && o.withdrawalNotified && o.withdrawalEffective <= o.withdrawalNotified) {
      problems.push({ file, field: at('withdrawalEffective'), value: o.withdrawalEffective, message: `must come after the notification on ${o.withdrawalNotified}` });
    }
  }
}

/** The ids of a body's h2 and h3 headings (none if it does not parse: that is reported on its own). */
function bodyAnchors(body: string | undefined): string[] {
  const result = body === undefined ? undefined : tryOutlineMdx(body);
  return result?.ok ? result.outline.headings.filter((h) => h.depth === 2 || h.depth === 3).map((h) => h.id) : [];
}

/** A prose page's address: the home page is `/`, any other page `/<slug>/`. */
const pageRoute = (slug: string) => (slug === 'home' ? paths.home : `/${slug}/`);

export function validateDocuments(documents: RawDocument[]): { problems: Problem[]; content: ValidatedContent } {
  const problems: Problem[] = [];
  const content = parseAll(documents, problems);
  const { sources, instruments, provisions, topics, pages, terms, states, figures, dimensions, timeline, casualties, casualtiesLatest, contamination, corrections } = content;

  checkUnique(sources, (s) => s.id, 'id', problems);
  checkUnique(instruments, (i) => i.id, 'id', problems);
  checkUnique(provisions, (p) => `${p.instrument} ${p.number === 0 ? 'preamble' : `article ${p.number}`}`, 'number', problems);
  checkUnique([...topics, ...pages], (t) => t.slug, 'slug', problems);
  checkUnique(terms, (t) => t.id, 'id', problems);
  checkUnique(states, (s) => s.iso, 'iso', problems);
  checkUnique(figures, (f) => f.id, 'id', problems);
  checkUnique(dimensions, (d) => d.id, 'dimensions.id', problems);

  // Citations in structured fields.
  // A source that exists but failed its own schema is reported once, not again at every citation.
  const sourceIds = new Set(
    documents.flatMap((d) => (d.type === 'Source' && typeof (d.data as { id?: unknown })?.id === 'string' ? [(d.data as { id: string }).id] : [])),
  );
  const { textLanguages, textParts } = content;
  for (const doc of [...instruments, ...provisions, ...terms, ...states, ...figures, ...timeline, ...casualties, ...casualtiesLatest, ...contamination, ...textLanguages, ...textParts] as Located<unknown>[]) {
    for (const { field, id } of citedSourceIds(doc.data)) {
      if (!sourceIds.has(id)) problems.push({ file: doc.file, field, value: id, message: 'cites a source that does not exist in content/sources/' });
    }
  }
  const textFiles = documents.filter((d) => d.type === 'TextLanguage' || d.type === 'TextPart').map((d) => d.file);
  checkTexts({ textLanguages, textParts, provisions }, textFiles, problems);

  // Instruments: what they supersede, and a position on every dimension.
  const instrumentIds = new Set(instruments.map((i) => i.data.id));
  const dimensionIds = new Set(dimensions.map((d) => d.data.id));
  const figureIds = new Set(figures.map((f) => f.data.id));
  for (const { file, data } of instruments) {
    data.supersedes.forEach((target, i) => {
      if (!instrumentIds.has(target)) problems.push({ file, field: `supersedes.${i}`, value: target, message: 'is not an instrument id' });
    });
    for (const dimension of dimensionIds) {
      if (!(dimension in data.positions)) problems.push({ file, field: `positions.${dimension}`, value: undefined, message: 'is required: every instrument states a position on every dimension in content/data/dimensions.yaml' });
    }
    for (const key of Object.keys(data.positions)) {
      if (!dimensionIds.has(key)) problems.push({ file, field: `positions.${key}`, value: key, message: 'is not a dimension in content/data/dimensions.yaml' });
    }
    for (const { data: dimension } of dimensions) {
      const position = data.positions[dimension.id];
      if (!position) continue;
      const field = `positions.${dimension.id}.level`;
      if (!dimension.scale) {
        if (position.level) problems.push({ file, field, value: position.level, message: 'is set, but this dimension has no scale of its own in content/data/dimensions.yaml' });
      } else if (position.level === undefined) {
        if (position.stance !== 'not-addressed') problems.push({ file, field, value: undefined, message: `is required: this dimension has its own scale (${dimension.scale.map((l) => l.id).join(', ')})` });
      } else if (!dimension.scale.some((l) => l.id === position.level)) {
        problems.push({ file, field, value: position.level, message: `is not a level of this dimension's scale (${dimension.scale.map((l) => l.id).join(', ')})` });
      }
    }
    for (const [key, position] of Object.entries(data.positions)) {
      for (const figure of figureTokenIds(position.summary)) {
        if (!figureIds.has(figure)) problems.push({ file, field: `positions.${key}.summary`, value: `{fig:${figure}}`, message: 'refers to a figure that does not exist in content/data/figures/' });
      }
    }
  }

  // Provisions: their instrument, unique paragraph numbers, related articles that exist.
  for (const { file, data } of provisions) {
    if (!instrumentIds.has(data.instrument)) problems.push({ file, field: 'instrument', value: data.instrument, message: 'is not an instrument id' });
    const seen = new Set<string>();
    data.paragraphs.forEach((p, i) => {
      if (seen.has(p.id)) problems.push({ file, field: `paragraphs.${i}.id`, value: p.id, message: 'repeats an earlier paragraph number' });
      seen.add(p.id);
    });
    data.related.forEach((n, i) => {
      if (!provisions.some((other) => other.data.instrument === data.instrument && other.data.number === n)) {
        problems.push({ file, field: `related.${i}`, value: n, message: `is not an article of ${data.instrument}` });
      }
    });
  }

  for (const { file, data } of timeline) {
    if (data.instrument && !instrumentIds.has(data.instrument)) problems.push({ file, field: 'events.instrument', value: data.instrument, message: 'is not an instrument id' });
  }
  const termIds = new Set(terms.map((t) => t.data.id));
  for (const { file, data } of terms) {
    data.seeAlso.forEach((id, i) => {
      if (!termIds.has(id)) problems.push({ file, field: `seeAlso.${i}`, value: id, message: 'is not a glossary term id' });
    });
  }

  checkStates(states, problems);
  checkCasualties(casualties, problems);
  problems.push(...weakOnlyProblems(factsOf(content), tierMap(sources)));
  const stateIsos = new Set(states.map((s) => s.data.iso));
  for (const { file, data } of casualtiesLatest) {
    data.countries.forEach((c, i) => {
      if (c.iso && !stateIsos.has(c.iso)) problems.push({ file, field: `countries.${i}.iso`, value: c.iso, message: 'is not a state in content/states/' });
    });
  }
  for (const { file, data } of contamination) {
    data.areas.forEach((a, i) => {
      if (a.iso && !stateIsos.has(a.iso)) problems.push({ file, field: `areas.${i}.iso`, value: a.iso, message: 'is not a state in content/states/' });
    });
  }

  // MDX bodies: citations, terms, figures and internal links (with anchors where known).
  const instrumentData = instruments.map((i) => i.data);
  const routes = new Set(
    allRoutes({
      instruments: instrumentData,
      provisions: provisions.map((p) => p.data),
      topics: topics.map((t) => t.data),
      states: states.map((s) => s.data),
      pairs: instrumentPairs(instrumentData).map(([a, b]) => [a.id, b.id] as const),
      texts: buildTexts(
        textLanguages.map((l) => l.data),
        textParts.map((p) => p.data),
        provisions.filter((p) => p.data.instrument === 'ottawa').map((p) => p.data),
      ).map((t) => ({ language: t.record.language, parts: t.parts.map((p) => p.number) })),
      sources: sources.map((s) => s.data),
    }),
  );
  // Every MDX document with the page it renders on and the anchors that page certainly has:
  // its h2/h3 headings (ids made as components/mdx/MdxContent makes them), its paragraphs, its
  // reference list. Anchors drawn by other templates are checked on the built site instead.
  const mdxDocuments = [
    ...instruments.map((doc) => ({ doc, route: paths.instrument(doc.data.id), fixed: [REFERENCES_ID] })),
    ...provisions.map((doc) => ({
      doc,
      route: paths.provision(doc.data.instrument, doc.data.number),
      fixed: [REFERENCES_ID, ...doc.data.paragraphs.map((para) => paragraphAnchor(para.id))],
    })),
    ...topics.map((doc) => ({ doc, route: paths.topic(doc.data.slug), fixed: [] })),
    ...pages.map((doc) => ({ doc, route: pageRoute(doc.data.slug), fixed: [] })),
  ];
  const anchors = new Map<string, Set<string>>([
    [paths.glossary, new Set(terms.map((t) => termAnchor(t.data.id)))],
    // The index keeps every source's anchor; each full entry is on its type (and year) page.
    [paths.sources, new Set(sources.map((s) => sourceAnchor(s.data.id)))],
    ...[...new Set(sources.map((s) => paths.sourcePage(s.data)))].map(
      (page) =>
        [
          page,
          new Set(sources.filter((s) => paths.sourcePage(s.data) === page).map((s) => sourceAnchor(s.data.id))),
        ] as const,
    ),
    ...mdxDocuments.map(({ doc, route, fixed }) => [route, new Set([...fixed, ...bodyAnchors(doc.body)])] as const),
    ...textParts.map((p) => [paths.textPart(p.data.language, p.data.number), new Set(p.data.paragraphs.map((para) => paragraphAnchor(para.id)))] as const),
  ]);
  corrections.forEach(({ file, data }, i) => {
    const item = `items.${corrections.slice(0, i).filter((c) => c.file === file).length}`;
    if (!routes.has(data.page)) problems.push({ file, field: `${item}.page`, value: data.page, message: 'is not a page of the site' });
    for (const { field, id } of citedSourceIds(data)) {
      if (!sourceIds.has(id)) problems.push({ file, field: `${item}.${field}`, value: id, message: 'cites a source that does not exist in content/sources/' });
    }
  });
  const bodyContext = {
    routes,
    anchors,
    terms: termIds,
    figures: figureIds,
    sources: sourceIds,
    casualtyRows: casualties.flatMap((c) => c.data.rows),
    latestCountries: new Set(casualtiesLatest.flatMap((l) => l.data.countries.flatMap((c) => (c.iso ? [c.iso] : [])))),
  };
  for (const { doc, route } of mdxDocuments) {
    if (doc.body === undefined) continue;
    for (const finding of checkMdxBody(doc.body, { ...bodyContext, route })) {
      problems.push({ file: doc.file, field: `body (line ${(doc.bodyLine ?? 1) + finding.line - 1})`, value: finding.value, message: finding.message });
    }
  }
  checkAnswers(content, { routes, sources: sourceIds, figures: figureIds }, problems);
  // Translated MDX may link to the pages of its own edition as well as to English pages.
  for (const doc of content.translatedPages) {
    const locale = localeOfFile(doc.file);
    if (doc.body === undefined || !locale) continue;
    // A prose page exists in an edition only once translated: a link to one not yet written is dead.
    const written = new Set(content.translatedPages.filter((p) => localeOfFile(p.file) === locale).map((p) => proseRoute(p.data.translationOf)));
    const localeRoutes = new Set([
      ...routes,
      ...translatedRoutes(states.map((s) => s.data.iso))
        .filter((r) => !PROSE_ROUTES.has(r) || written.has(r))
        .map((r) => localePath(locale, r)),
    ]);
    const route = localePath(locale, proseRoute(doc.data.translationOf));
    for (const finding of checkMdxBody(doc.body, { ...bodyContext, routes: localeRoutes, route })) {
      problems.push({ file: doc.file, field: `body (line ${(doc.bodyLine ?? 1) + finding.line - 1})`, value: finding.value, message: finding.message });
    }
  }
  checkTranslations(content satisfies TranslationContent, problems);

  return { problems, content };
}

/** Casualty rows: a year in range and once only, and parts that do not exceed the total. */
export function checkCasualties(series: Located<CasualtySeries>[], problems: Problem[], today = new Date()) {
  const lastYear = today.getUTCFullYear() - 1;
  for (const { file, data } of series) {
    const seen = new Set<number>();
    data.rows.forEach((row, i) => {
      const field = `rows.${i}`;
      if (row.year < FIRST_CASUALTY_YEAR || row.year > lastYear) {
        problems.push({ file, field: `${field}.year`, value: row.year, message: `must be a year from ${FIRST_CASUALTY_YEAR} to ${lastYear}` });
      }
      if (seen.has(row.year)) problems.push({ file, field: `${field}.year`, value: row.year, message: 'appears more than once' });
      seen.add(row.year);
      const parts = (row.killed ?? 0) + (row.injured ?? 0) + (row.unknown ?? 0);
      if (parts > row.total) {
        problems.push({ file, field: `${field}.total`, value: row.total, message: `is less than killed + injured + unknown (${parts})` });
      }
    });
    data.gaps.forEach((gap, i) => {
      const field = `gaps.${i}.year`;
      if (gap.year < FIRST_CASUALTY_YEAR || gap.year > lastYear) problems.push({ file, field, value: gap.year, message: `must be a year from ${FIRST_CASUALTY_YEAR} to ${lastYear}` });
      if (seen.has(gap.year)) problems.push({ file, field, value: gap.year, message: 'already has a row or a gap: a year is either a row or an explained gap' });
      seen.add(gap.year);
    });
  }
}
