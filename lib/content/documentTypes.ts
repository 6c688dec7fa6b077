/**
 * The one list of document types: where their files live, how they are written, and the
 * schema that checks them. The raw validator (`validate.ts`) and the contentlayer config
 * both read this list, so a new type is declared once.
 */
import type { z } from 'zod';
import {
  answerSchema,
  coverageErrorSchema,
  casualtiesLatestSchema,
  casualtySeriesSchema,
  contaminationSchema,
  correctionFileSchema,
  reportedFigureSchema,
  dimensionListSchema,
  instrumentSchema,
  provisionSchema,
  sourceSchema,
  stateSchema,
  termSchema,
  textLanguageSchema,
  textPartSchema,
  timelineSchema,
  topicSchema,
} from './schemas';
import { translatedAnswerSchema, translatedPageSchema, translatedTermSchema } from './translationSchemas';

export interface DocumentType {
  /** contentlayer document type name. */
  name: string;
  /** Glob relative to content/ (contentlayer `filePathPattern`). */
  pattern: string;
  /** 'mdx': YAML frontmatter + MDX body; 'data': a YAML file. */
  format: 'mdx' | 'data';
  schema: z.ZodObject;
  /** Field holding the document's id, which must also be its file name. */
  idField?: string;
  /**
   * A file that is a bare YAML list: the loaders wrap it as `{ items: [...] }`. Contentlayer cannot
   * read such files, so these types are excluded from it and read by lib/content/rawDocuments.
   */
  list?: true;
}

export const documentTypes = [
  { name: 'Source', pattern: 'sources/*.yaml', format: 'data', schema: sourceSchema, idField: 'id' },
  { name: 'Instrument', pattern: 'instruments/*.mdx', format: 'mdx', schema: instrumentSchema, idField: 'id' },
  { name: 'Provision', pattern: 'provisions/*/*.mdx', format: 'mdx', schema: provisionSchema },
  { name: 'Topic', pattern: 'topics/*.mdx', format: 'mdx', schema: topicSchema, idField: 'slug' },
  { name: 'Page', pattern: 'pages/*.mdx', format: 'mdx', schema: topicSchema, idField: 'slug' },
  { name: 'Term', pattern: 'glossary/*.yaml', format: 'data', schema: termSchema, idField: 'id' },
  { name: 'State', pattern: 'states/*.yaml', format: 'data', schema: stateSchema },
  { name: 'Figure', pattern: 'data/figures/*.yaml', format: 'data', schema: reportedFigureSchema, idField: 'id' },
  { name: 'DimensionList', pattern: 'data/dimensions.yaml', format: 'data', schema: dimensionListSchema },
  { name: 'Timeline', pattern: 'data/timeline/*.yaml', format: 'data', schema: timelineSchema },
  { name: 'CasualtySeries', pattern: 'data/casualties.yaml', format: 'data', schema: casualtySeriesSchema },
  { name: 'CasualtiesLatest', pattern: 'data/casualties-latest.yaml', format: 'data', schema: casualtiesLatestSchema },
  { name: 'Contamination', pattern: 'data/contamination.yaml', format: 'data', schema: contaminationSchema },
  { name: 'Corrections', pattern: 'data/corrections/*.yaml', format: 'data', schema: correctionFileSchema, list: true },
  { name: 'Answer', pattern: 'answers/*.yaml', format: 'data', schema: answerSchema, idField: 'id' },
  // A text's language.yaml sits beside its part files: it must come first, since both loaders take the first match.
  { name: 'TextLanguage', pattern: 'texts/*/*/language.yaml', format: 'data', schema: textLanguageSchema },
  { name: 'TextPart', pattern: 'texts/*/*/*.yaml', format: 'data', schema: textPartSchema },
  { name: 'CoverageError', pattern: 'coverage-errors/*.yaml', format: 'data', schema: coverageErrorSchema, idField: 'id' },
  // French and Spanish editions: content/i18n/<locale>/… (lib/content/validateTranslations.ts).
  { name: 'TranslatedPage', pattern: 'i18n/*/*/*.mdx', format: 'mdx', schema: translatedPageSchema },
  { name: 'TranslatedAnswer', pattern: 'i18n/*/answers/*.yaml', format: 'data', schema: translatedAnswerSchema, idField: 'id' },
  { name: 'TranslatedTerm', pattern: 'i18n/*/glossary/*.yaml', format: 'data', schema: translatedTermSchema, idField: 'id' },
] as const satisfies readonly DocumentType[];

export type DocumentTypeName = (typeof documentTypes)[number]['name'];

/** Folders of list files, which contentlayer must not read (see `list`). */
export const listFolders = documentTypes.flatMap((t) => ('list' in t ? [t.pattern.replace(/\/[^/]*$/, '')] : []));
