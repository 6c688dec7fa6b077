/**
 * What /answers/ shows: each answer and correction with its facts filled in for the records'
 * date, its own "as of" date, and the FAQPage JSON-LD that search engines read.
 */
import type { Answer, CoverageError, Source } from '../content/schemas';
import { figureTokenIds } from '../figureText';
import { fillFacts, usesComputedFacts, type FactContext } from './facts';

/**
 * The date a text's facts hold as of: the earliest date of the records it quotes (the state
 * records' date for computed facts, each figure's own date), or, with no quoted facts, the
 * date its wording was checked.
 */
export function factsAsOf(text: string, checked: string, ctx: FactContext): string {
  const figureDates = figureTokenIds(text).map((id) => ctx.figure(id).asOf);
  const withoutFigures = text.replace(/\{fig:[a-z0-9-]+\}/g, '');
  const dates = [...figureDates, ...(usesComputedFacts(withoutFigures) ? [ctx.date] : [])];
  return dates.length > 0 ? dates.reduce((a, b) => (b < a ? b : a)) : checked;
}

export interface AnswerView extends Answer {
  text: string;
  factsAsOf: string;
}

export function answerViews(answers: readonly Answer[], ctx: FactContext): AnswerView[] {
  return answers.map((a) => ({ ...a, text: fillFacts(a.answer, ctx), factsAsOf: factsAsOf(a.answer, a.asOf, ctx) }));
}

export interface CoverageErrorView extends CoverageError {
  text: string;
  factsAsOf: string;
  article: Source;
}

export function coverageErrorViews(
  errors: readonly CoverageError[],
  ctx: FactContext,
  getSource: (id: string) => Source,
): CoverageErrorView[] {
  return errors.map((e) => ({
    ...e,
    text: fillFacts(e.correction, ctx),
    factsAsOf: factsAsOf(e.correction, e.asOf, ctx),
    article: getSource(e.source),
  }));
}

/** schema.org FAQPage for the questions, each answer with its address on the page. */
export function faqPageJsonLd(answers: readonly AnswerView[], pageUrl: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url: pageUrl,
    mainEntity: answers.map((a) => ({
      '@type': 'Question',
      name: a.question,
      url: `${pageUrl}#${a.id}`,
      acceptedAnswer: { '@type': 'Answer', text: a.text, dateModified: a.factsAsOf },
    })),
  };
}

/** JSON for a `<script type="application/ld+json">` block; `<` escaped so text cannot close the tag. */
export const jsonLdText = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
