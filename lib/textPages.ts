/**
 * Page facts (title, address, review date, language, alternates) for the authentic-text pages.
 * A text's page is as recent as the latest reading of the copies it quotes.
 */
import { latestDate } from './dates';
import type { PageFacts } from './pageMetadata';
import { provisionLabel } from './provisionSlugs';
import { paths } from './routes';
import { textPairs, type LanguageText, type TextPartView } from './texts';

type AccessedBy = (sourceId: string) => string;

const TREATY = 'Ottawa Treaty';

/** The same part in every language that has it, by language code: the page's hreflang alternates. */
export function partAlternates(texts: readonly LanguageText[], number: number): Record<string, string> {
  return Object.fromEntries(
    texts
      .filter((t) => t.parts.some((p) => p.number === number))
      .map((t) => [t.record.language, paths.textPart(t.record.language, number)]),
  );
}

/** "Article 4 (French text)", "Preamble (Arabic text)": how a citation of a part names it and its language. */
export const partTitle = (text: LanguageText, number: number) => `${provisionLabel(number)} (${text.record.name} text)`;

export function textPartFacts(
  texts: readonly LanguageText[],
  text: LanguageText,
  part: TextPartView,
  accessed: AccessedBy,
): PageFacts {
  return {
    title: `${TREATY}, ${partTitle(text, part.number)}`,
    description: `The authentic ${text.record.name} text of the ${TREATY}, ${provisionLabel(part.number)}, exactly as the official copy prints it, paragraph by paragraph, with the same anchors as the English.`,
    path: paths.textPart(text.record.language, part.number),
    reviewed: latestDate(part.sources.map(accessed)),
    family: 'treaty',
    language: text.record.language,
    alternates: partAlternates(texts, part.number),
  };
}

export function textLanguageFacts(texts: readonly LanguageText[], text: LanguageText, accessed: AccessedBy): PageFacts {
  return {
    title: `${TREATY}: the ${text.record.name} text`,
    description: `Contents of the authentic ${text.record.name} text of the ${TREATY}: the preamble and each article, from an official copy.`,
    path: paths.textLanguage(text.record.language),
    reviewed: latestDate(text.record.cite.map((c) => accessed(c.source))),
    family: 'treaty',
    language: text.record.language,
    alternates: Object.fromEntries(
      texts.filter((t) => t.parts.length > 0).map((t) => [t.record.language, paths.textLanguage(t.record.language)]),
    ),
    ogType: 'website',
  };
}

export function textsIndexFacts(texts: readonly LanguageText[], accessed: AccessedBy): PageFacts {
  return {
    title: `The ${TREATY} in its six authentic languages`,
    description: `Which official copies of the ${TREATY}'s Arabic, Chinese, English, French, Russian and Spanish texts we found, how they were compared, and each text paragraph by paragraph.`,
    path: paths.texts,
    reviewed: latestDate(texts.flatMap((t) => t.record.cite.map((c) => accessed(c.source)))),
    family: 'treaty',
    ogType: 'website',
  };
}

export function textPairFacts(a: LanguageText, b: LanguageText, accessed: AccessedBy, number?: number): PageFacts {
  const names = `${a.record.name} and ${b.record.name} texts side by side`;
  const partSources = (t: LanguageText) =>
    number === undefined
      ? t.record.cite.map((c) => c.source)
      : (t.parts.find((p) => p.number === number)?.sources ?? []);
  return {
    title: number === undefined ? `${TREATY}: ${names}` : `${TREATY}, ${provisionLabel(number)}: ${names}`,
    description: `The ${TREATY}'s authentic ${a.record.name} and ${b.record.name} texts, paragraph against paragraph, each exactly as its official copy prints it.`,
    path:
      number === undefined
        ? paths.textPair(a.record.language, b.record.language)
        : paths.textPairPart(a.record.language, b.record.language, number),
    reviewed: latestDate([...partSources(a), ...partSources(b)].map(accessed)),
    family: 'treaty',
    ogType: number === undefined ? 'website' : 'article',
  };
}

/** Every text page's facts, for the sitemap's dates. */
export function allTextPageFacts(texts: readonly LanguageText[], accessed: AccessedBy): PageFacts[] {
  const withText = texts.filter((t) => t.parts.length > 0);
  return [
    textsIndexFacts(texts, accessed),
    ...withText
      .filter((t) => t.record.language !== 'en')
      .flatMap((t) => [
        textLanguageFacts(texts, t, accessed),
        ...t.parts.map((p) => textPartFacts(texts, t, p, accessed)),
      ]),
    ...textPairs(withText).flatMap(([a, b]) => [
      textPairFacts(a, b, accessed),
      ...a.parts
        .filter((p) => b.parts.some((q) => q.number === p.number))
        .map((p) => textPairFacts(a, b, accessed, p.number)),
    ]),
  ];
}
