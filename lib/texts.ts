/**
 * The treaty in its six authentic languages (Ottawa Art. 22): one view of every part in every
 * language, whichever file it comes from (the English text lives in content/provisions, the
 * others in content/texts), the pairs that can be read side by side, and paragraph alignment.
 * Pure functions over validated content.
 */
import {
  authenticLanguages,
  type AuthenticLanguage,
  type Provision,
  type TextDifference,
  type TextLanguage,
  type TextPart,
} from './content/schemas';
import { provisionSlug } from './provisionSlugs';

/** One part (preamble or article) of the treaty in one language. */
export interface TextPartView {
  language: AuthenticLanguage;
  number: number;
  title: string;
  sources: readonly string[];
  paragraphs: readonly { id: string; text: string }[];
  differences: readonly TextDifference[];
}

/** A language's record and the parts we hold of it, in treaty order (none when no official copy was found). */
export interface LanguageText {
  record: TextLanguage;
  parts: readonly TextPartView[];
}

/** Article 22 names the languages in this order (English alphabetical: Arabic, Chinese, English, French, Russian, Spanish). */
export const languageRank = (code: AuthenticLanguage) => authenticLanguages.indexOf(code);

export function englishPart(provision: Pick<Provision, 'number' | 'title' | 'cite' | 'paragraphs'>): TextPartView {
  return {
    language: 'en',
    number: provision.number,
    title: provision.title,
    sources: provision.cite.map((c) => c.source),
    paragraphs: provision.paragraphs,
    differences: [],
  };
}

/**
 * Every language with a record, in Article 22's order, with its parts: English from the
 * provisions, the others from their part files. A not-found language has no parts.
 */
export function buildTexts(
  languages: readonly TextLanguage[],
  parts: readonly TextPart[],
  english: readonly Pick<Provision, 'number' | 'title' | 'cite' | 'paragraphs'>[],
): LanguageText[] {
  return [...languages]
    .sort((a, b) => languageRank(a.language) - languageRank(b.language))
    .map((record) => {
      const own =
        record.status === 'not-found'
          ? []
          : record.language === 'en'
            ? english.map(englishPart)
            : parts
                .filter((p) => p.language === record.language)
                .map(({ cite, ...part }) => ({ ...part, sources: cite.map((c) => c.source) }));
      return { record, parts: [...own].sort((a, b) => a.number - b.number) };
    });
}

export const hasText = (text: LanguageText) => text.parts.length > 0;

/** Every unordered pair of languages with text, each once, the earlier in Article 22's order first. */
export function textPairs<T extends { record: { language: AuthenticLanguage } }>(texts: readonly T[]): [T, T][] {
  const ordered = [...texts].sort((a, b) => languageRank(a.record.language) - languageRank(b.record.language));
  return ordered.flatMap((a, i) => ordered.slice(i + 1).map((b): [T, T] => [a, b]));
}

/** The parts both languages hold, in treaty order: the pages of a side-by-side pair. */
export function sharedParts(a: LanguageText, b: LanguageText): number[] {
  const inB = new Set(b.parts.map((p) => p.number));
  return a.parts.map((p) => p.number).filter((n) => inB.has(n));
}

/** A paragraph's two texts, for reading one against the other; a side is undefined where it has no such paragraph. */
export interface AlignedParagraph {
  id: string;
  left?: string;
  right?: string;
}

/** Paragraph against paragraph by id, in the left text's order, then any the right text alone has. */
export function alignParagraphs(left: TextPartView, right: TextPartView): AlignedParagraph[] {
  const rightById = new Map(right.paragraphs.map((p) => [p.id, p.text]));
  const leftIds = new Set(left.paragraphs.map((p) => p.id));
  return [
    ...left.paragraphs.map((p) => ({ id: p.id, left: p.text, right: rightById.get(p.id) })),
    ...right.paragraphs.filter((p) => !leftIds.has(p.id)).map((p) => ({ id: p.id, right: p.text })),
  ];
}

/**
 * Why a part's paragraph ids do not follow the English (same ids, same order), or undefined
 * when they do: the structure every authentic text must share for alignment and anchors.
 */
export function paragraphStructureProblem(english: readonly string[], ids: readonly string[]): string | undefined {
  if (english.length === ids.length && english.every((id, i) => ids[i] === id)) return undefined;
  const absent = english.filter((id) => !ids.includes(id));
  const extra = ids.filter((id) => !english.includes(id));
  const detail = absent.length
    ? `lacks ${absent.join(', ')}`
    : extra.length
      ? `has ${extra.join(', ')}, which the English does not`
      : 'has them in another order';
  return `must have the English paragraph ids in the same order (${english.join(', ')}): this part ${detail}`;
}

/** Parts of the English text with no part in this language, as slugs (`preamble`, `article-3`). */
export function missingParts(english: readonly number[], present: readonly number[]): string[] {
  const have = new Set(present);
  return english.filter((n) => !have.has(n)).map(provisionSlug);
}

const statusWords: Record<TextLanguage['status'], string> = {
  official: 'Official text, in full',
  partial: 'Official text, in part',
  'not-found': 'No official copy found',
};
export const statusLabel = (status: TextLanguage['status']) => statusWords[status];

/** Every part any of the texts has, in treaty order: the choices of the side-by-side picker. */
export const allPartNumbers = (texts: readonly LanguageText[]) =>
  [...new Set(texts.flatMap((t) => t.parts.map((p) => p.number)))].sort((a, b) => a - b);
