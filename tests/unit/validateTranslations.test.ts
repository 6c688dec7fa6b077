import { describe, expect, it } from '@jest/globals';
import { checkTranslations, localeOfFile, missingTranslations } from '@/lib/content/validateTranslations';
import { translatedPageSchema } from '@/lib/content/translationSchemas';
import type { Problem } from '@/lib/content/problems';
import type { ValidatedContent } from '@/lib/content/validate';

const empty: ValidatedContent = {
  sources: [],
  textLanguages: [],
  textParts: [],
  instruments: [],
  provisions: [],
  topics: [],
  pages: [],
  terms: [],
  states: [],
  figures: [],
  dimensions: [],
  timeline: [],
  casualties: [],
  casualtiesLatest: [],
  contamination: [],
  corrections: [],
  answers: [],
  coverageErrors: [],
  translatedPages: [],
  translatedAnswers: [],
  translatedTerms: [],
};

const answer = (id: string, text: string) => ({
  file: `content/answers/${id}.yaml`,
  data: { id, order: 1, question: 'Q?', answer: text, cite: [{ source: 's' }], page: '/answers/', asOf: '2026-11-30' },
});
const topic = (slug: string) => ({
  file: `content/topics/${slug}.mdx`,
  data: { slug, title: 'T', description: 'D', asOf: '2026-11-30', changes: [] },
});
const page = (file: string, translationOf: 'topics/withdrawals' | 'pages/home') => ({
  file,
  data: {
    translationOf,
    title: 'T',
    description: 'D',
    asOf: '2026-11-30',
    changes: [{ date: '2026-11-30', summary: 'Première publication.' }],
  },
});

function problemsOf(content: Partial<ValidatedContent>): Problem[] {
  const problems: Problem[] = [];
  checkTranslations({ ...empty, ...content }, problems);
  return problems;
}

describe('translations checked against their English twins', () => {
  it('reads the locale from the path', () => {
    expect(localeOfFile('content/i18n/fr/answers/a.yaml')).toBe('fr');
    expect(localeOfFile('content/i18n/de/answers/a.yaml')).toBeUndefined();
  });
  it('accepts a translation that matches its twin', () => {
    expect(
      problemsOf({
        topics: [topic('withdrawals')],
        answers: [answer('a', 'It is {status:UKR}.')],
        translatedPages: [page('content/i18n/fr/topics/withdrawals.mdx', 'topics/withdrawals')],
        translatedAnswers: [
          {
            file: 'content/i18n/fr/answers/a.yaml',
            data: { id: 'a', question: 'Q ?', answer: 'Elle est {status:UKR}.' },
          },
        ],
      }),
    ).toEqual([]);
  });
  it('names the file, field and value of each mismatch', () => {
    const problems = problemsOf({
      topics: [topic('withdrawals')],
      answers: [answer('a', 'It is {status:UKR} since {consent:UKR}.')],
      translatedPages: [
        page('content/i18n/fr/pages/home.mdx', 'topics/withdrawals'),
        page('content/i18n/es/pages/home.mdx', 'pages/home'),
        page('content/i18n/de/topics/withdrawals.mdx', 'topics/withdrawals'),
      ],
      translatedAnswers: [
        {
          file: 'content/i18n/fr/answers/a.yaml',
          data: { id: 'a', question: 'Q ?', answer: 'Elle est {status:UKR}.' },
        },
        { file: 'content/i18n/fr/answers/b.yaml', data: { id: 'b', question: 'Q ?', answer: 'R.' } },
      ],
    });
    expect(problems.map((p) => [p.file, p.field, p.value])).toEqual([
      ['content/i18n/de/topics/withdrawals.mdx', '(file)', 'content/i18n/de/topics/withdrawals.mdx'],
      ['content/i18n/fr/pages/home.mdx', 'translationOf', 'topics/withdrawals'],
      ['content/i18n/es/pages/home.mdx', 'translationOf', 'pages/home'],
      ['content/i18n/fr/answers/a.yaml', 'answer', '{status:UKR}'],
      ['content/i18n/fr/answers/b.yaml', 'id', 'b'],
    ]);
  });
  it('lists what is not yet translated, per language', () => {
    const lines = missingTranslations({ ...empty, answers: [answer('a', 'x'), answer('b', 'y')] });
    expect(lines).toContain('fr: answers without a translation (2): a, b');
    expect(lines).toContain('es: pages without a translation: pages/home, instruments/ottawa, topics/withdrawals');
  });
  it('rejects unknown front-matter fields and an untranslatable target', () => {
    const parsed = translatedPageSchema.safeParse({
      ...page('x', 'pages/home').data,
      translationOf: 'pages/about',
      order: 2,
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.') || i.code)).toEqual(
      expect.arrayContaining(['translationOf']),
    );
    expect(parsed.error?.issues.some((i) => i.code === 'unrecognized_keys')).toBe(true);
  });
});
