/**
 * The content, typed and checked, for the app. Pages import from here and never read
 * files. The documents contentlayer generated go through the same integrity check as
 * `npm run validate`, so a page can only ever render content that passed it.
 */
import { allDocuments } from 'contentlayer/generated';
import { formatProblem } from './problems';
import path from 'node:path';
import { loadListDocuments, type RawDocument } from './rawDocuments';
import { validateDocuments } from './validate';
import type { DocumentTypeName } from './documentTypes';
import { fillFigureTokens } from '../figureText';
import { contentDir } from './contentDir';
import { buildTexts } from '../texts';

interface GeneratedDocument {
  _raw: { sourceFilePath: string; sourceFileName: string };
  docType: string;
  body?: { raw: string; code: string };
  [field: string]: unknown;
}

const generated = allDocuments as unknown as GeneratedDocument[];
const mdxCode = new Map<string, string>();

const documents: RawDocument[] = generated.map((doc) => {
  const { _id: _ignoredId, _raw, docType, body, ...data } = doc;
  const file = `content/${_raw.sourceFilePath}`;
  if (body?.code) mdxCode.set(file, body.code);
  return { type: docType as DocumentTypeName, file, stem: _raw.sourceFileName.replace(/\.[^.]+$/, ''), data, body: body?.raw };
});

// Corrections are bare YAML lists, which contentlayer cannot read: they come from the raw loader.
const listDocuments = loadListDocuments(contentDir(), path.resolve('.'));
const { problems, content } = validateDocuments([...documents, ...listDocuments]);
if (problems.length > 0) {
  throw new Error(`Content failed validation (run npm run validate):\n${problems.map(formatProblem).join('\n')}`);
}

const byDate = (a?: string, b?: string) => (a ?? '').localeCompare(b ?? '');

export const sources = content.sources.map((s) => s.data).sort((a, b) => a.title.localeCompare(b.title));
export const figures = content.figures.map((f) => f.data);
const figureById = (id: string) => required(figures.find((f) => f.id === id), `figure "${id}"`);
/** Instruments with `{fig:<id>}` in position summaries replaced by the figure, so a number is typed once. */
const instrumentDocuments = content.instruments.map((located) => ({
  ...located,
  data: {
    ...located.data,
    positions: Object.fromEntries(Object.entries(located.data.positions).map(([dim, p]) => [dim, { ...p, summary: fillFigureTokens(p.summary, figureById) }])),
  },
}));
export const instruments = instrumentDocuments.map((i) => i.data);
export const provisions = content.provisions.map((p) => p.data).sort((a, b) => a.number - b.number);
export const terms = content.terms.map((t) => t.data).sort((a, b) => a.term.localeCompare(b.term));
export const states = content.states.map((s) => s.data).sort((a, b) => a.name.localeCompare(b.name));
export const dimensions = content.dimensions.map((d) => d.data);
export const answers = content.answers.map((a) => a.data).sort((a, b) => a.order - b.order);
export const coverageErrors = content.coverageErrors.map((e) => e.data).sort((a, b) => a.order - b.order);
/** The authentic texts (Art. 22): each language's record and its parts (English from the provisions), in Article 22's order. */
export const authenticTexts = buildTexts(
  content.textLanguages.map((l) => l.data),
  content.textParts.map((p) => p.data),
  provisions.filter((p) => p.instrument === 'ottawa'),
);
export const timeline = content.timeline.map((e) => e.data).sort((a, b) => byDate(a.date, b.date));

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`No ${what} in content/`);
  return value;
}

export const getSource = (id: string) => required(sources.find((s) => s.id === id), `source "${id}"`);
export const getInstrument = (id: string) => required(instruments.find((i) => i.id === id), `instrument "${id}"`);
export const getFigure = figureById;
export const getTerm = (id: string) => required(terms.find((t) => t.id === id), `term "${id}"`);

/** An MDX document (page, topic, instrument or provision) with its compiled body. */
export interface MdxDocument<T> {
  data: T;
  /** Raw MDX, used to number citations in reading order. */
  raw: string;
  /** Compiled MDX, evaluated by components/mdx/MdxContent. */
  code: string;
}

function withBody<T>(located: { file: string; data: T; body?: string }): MdxDocument<T> {
  return { data: located.data, raw: located.body ?? '', code: required(mdxCode.get(located.file), `compiled MDX for ${located.file}`) };
}

/** Prose pages (home, about), front matter only. */
export const pages = content.pages.map((p) => p.data);
export const getPage = (slug: string) => withBody(required(content.pages.find((p) => p.data.slug === slug), `page "${slug}"`));
export const getTopic = (slug: string) => withBody(required(content.topics.find((t) => t.data.slug === slug), `topic "${slug}"`));
export const topics = content.topics.map(withBody);
export const getInstrumentDocument = (id: string) => withBody(required(instrumentDocuments.find((i) => i.data.id === id), `instrument "${id}"`));
export const getProvisionDocument = (instrument: string, number: number) =>
  withBody(required(content.provisions.find((p) => p.data.instrument === instrument && p.data.number === number), `provision ${instrument} ${number}`));

/** The single civilian-risk data files; absent until written, required by the pages that show them. */
export const casualtySeries = content.casualties[0]?.data;
export const casualtiesLatest = content.casualtiesLatest[0]?.data;
export const contamination = content.contamination[0]?.data;
/** Corrections made after fact-checks, newest first (content/data/corrections/*.yaml; may be none). */
export const corrections = content.corrections
  .map((c) => c.data)
  .sort((a, b) => b.date.localeCompare(a.date) || a.page.localeCompare(b.page));
export const getState = (iso: string) => required(states.find((s) => s.iso === iso.toUpperCase()), `state "${iso}"`);
export const getDimension = (id: string) => required(dimensions.find((d) => d.id === id), `dimension "${id}"`);

/** The French and Spanish editions' prose (content/i18n/<locale>/), checked against their English twins. */
export const translations = {
  pages: content.translatedPages.map((p) => ({ file: p.file, data: p.data, doc: withBody(p) })),
  answers: content.translatedAnswers.map((a) => ({ file: a.file, data: a.data })),
  terms: content.translatedTerms.map((t) => ({ file: t.file, data: t.data })),
};
