/**
 * Checks the French and Spanish editions against their English twins: each file lives under a
 * locale the site publishes, names an English document that exists, keeps the English id,
 * and quotes exactly the same fact tokens as the English (so both editions state the same
 * facts). Translations not yet written are listed by `missingTranslations`, not failed.
 */
import { isTranslatedLocale, TRANSLATED_LOCALES, type TranslatedLocale } from '../i18n/locales';
import type { Problem } from './problems';
import { policyInForce } from '../policyInForce';
import { OTTAWA_ID } from '../routes';
import type { TranslatedAnswer, TranslatedPage, TranslatedTerm } from './translationSchemas';
import type { Located, ValidatedContent } from './validate';

/** `content/i18n/fr/answers/x.yaml` → fr; undefined outside a published locale. */
export function localeOfFile(file: string): TranslatedLocale | undefined {
  const match = /(?:^|\/)content\/i18n\/([^/]+)\//.exec(file) ?? /^i18n\/([^/]+)\//.exec(file);
  const locale = match?.[1];
  return locale && isTranslatedLocale(locale) ? locale : undefined;
}

/** `content/i18n/fr/topics/withdrawals.mdx` → `topics/withdrawals`. */
const twinPathOf = (file: string) => file.replace(/^.*?i18n\/[^/]+\//, '').replace(/\.[^.]+$/, '');

const TOKEN = /\{[a-z-]+(?::[A-Za-z0-9, -]+)?\}/g;
const tokensOf = (text: string) => [...text.matchAll(TOKEN)].map((m) => m[0]).sort();

export interface TranslationContent {
  translatedPages: Located<TranslatedPage>[];
  translatedAnswers: Located<TranslatedAnswer>[];
  translatedTerms: Located<TranslatedTerm>[];
}

export function checkTranslations(content: ValidatedContent & TranslationContent, problems: Problem[]) {
  const english = new Set([
    ...content.pages.map((p) => `pages/${p.data.slug}`),
    ...content.topics.map((t) => `topics/${t.data.slug}`),
    ...content.instruments.map((i) => `instruments/${i.data.id}`),
  ]);
  const all = [...content.translatedPages, ...content.translatedAnswers, ...content.translatedTerms];
  for (const { file } of all) {
    if (!localeOfFile(file))
      problems.push({ file, field: '(file)', value: file, message: `is not under a published locale (content/i18n/${TRANSLATED_LOCALES.join('|')}/)` });
  }
  const seen = new Map<string, string>();
  for (const { file, data } of content.translatedPages) {
    const twin = twinPathOf(file);
    if (data.translationOf !== twin)
      problems.push({ file, field: 'translationOf', value: data.translationOf, message: `must name the English file this path translates (${twin})` });
    else if (!english.has(data.translationOf))
      problems.push({ file, field: 'translationOf', value: data.translationOf, message: 'names no English file under content/' });
    const key = `${localeOfFile(file)} ${data.translationOf}`;
    const first = seen.get(key);
    if (first) problems.push({ file, field: 'translationOf', value: data.translationOf, message: `is already translated by ${first}` });
    else seen.set(key, file);
  }
  const answers = new Map(content.answers.map((a) => [a.data.id, a.data]));
  for (const { file, data } of content.translatedAnswers) {
    const twin = answers.get(data.id);
    if (!twin) {
      problems.push({ file, field: 'id', value: data.id, message: 'has no English twin in content/answers/' });
      continue;
    }
    const [ours, theirs] = [tokensOf(data.answer), tokensOf(twin.answer)];
    if (ours.join(' ') !== theirs.join(' '))
      problems.push({ file, field: 'answer', value: ours.join(' ') || '(no tokens)', message: `must use the same fact tokens as the English (${theirs.join(' ') || 'none'})` });
  }
  // `{us-policy-summary}` quotes the policy in force in the edition's words: it must have them.
  const ottawa = content.instruments.find((i) => i.data.id === OTTAWA_ID)?.data;
  const policy = ottawa && policyInForce(content.instruments.map((i) => i.data), 'united-states', ottawa.asOf);
  for (const { file, data } of content.translatedAnswers) {
    const locale = localeOfFile(file);
    if (locale && policy && data.answer.includes('{us-policy-summary}') && !policy.summaryTranslations?.[locale])
      problems.push({ file, field: 'answer', value: '{us-policy-summary}', message: `quotes the summary of ${policy.id}, which has no ${locale} summary (summaryTranslations.${locale} in content/instruments/${policy.id}.mdx)` });
  }
  const terms = new Set(content.terms.map((t) => t.data.id));
  for (const { file, data } of content.translatedTerms) {
    if (!terms.has(data.id)) problems.push({ file, field: 'id', value: data.id, message: 'has no English twin in content/glossary/' });
  }
}

/** "fr: answers without a translation: a, b" — one line per locale and kind, for the build log. */
export function missingTranslations(content: ValidatedContent & TranslationContent): string[] {
  return TRANSLATED_LOCALES.flatMap((locale) => {
    const has = (items: readonly Located<{ id: string }>[]) => new Set(items.filter((i) => localeOfFile(i.file) === locale).map((i) => i.data.id));
    const answers = has(content.translatedAnswers);
    const terms = has(content.translatedTerms);
    const pages = new Set<string>(content.translatedPages.filter((p) => localeOfFile(p.file) === locale).map((p) => p.data.translationOf));
    const lines: string[] = [];
    const missingAnswers = content.answers.map((a) => a.data.id).filter((id) => !answers.has(id));
    const missingTerms = content.terms.map((t) => t.data.id).filter((id) => !terms.has(id));
    const missingPages = ['pages/home', 'instruments/ottawa', 'topics/withdrawals'].filter((p) => !pages.has(p));
    if (missingPages.length) lines.push(`${locale}: pages without a translation: ${missingPages.join(', ')}`);
    if (missingAnswers.length) lines.push(`${locale}: answers without a translation (${missingAnswers.length}): ${missingAnswers.join(', ')}`);
    if (missingTerms.length) lines.push(`${locale}: glossary terms without a translation (${missingTerms.length}): ${missingTerms.join(', ')}`);
    return lines;
  });
}
