import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import type { FactContext } from '@/lib/answers/facts';
import { answerViews, coverageErrorViews } from '@/lib/answers/view';
import { loadRawDocuments } from '@/lib/content/rawDocuments';
import { validateDocuments } from '@/lib/content/validate';
import { REPORTED_PARTIES_FIGURE } from '@/lib/partiesHistory';

// The real content, read as `npm run validate` reads it (contentlayer's ESM output cannot load in jest).
const { documents } = loadRawDocuments(path.resolve('content'), path.resolve('.'));
const { content } = validateDocuments(documents);
const figure = (id: string) => content.figures.find((f) => f.data.id === id)!.data;
const getSource = (id: string) => content.sources.find((s) => s.data.id === id)!.data;
const answers = content.answers.map((a) => a.data);
const coverageErrors = content.coverageErrors.map((e) => e.data);
const siteFactContext = (): FactContext => ({
  states: content.states.map((s) => s.data),
  instruments: content.instruments.map((i) => i.data),
  reportedParties: figure(REPORTED_PARTIES_FIGURE),
  figure,
  date: content.instruments.find((i) => i.data.id === 'ottawa')!.data.asOf,
});

/** Sentences, with "U.S." and pinpoints such as "Art. 20" not taken for sentence ends. */
const sentences = (text: string) =>
  [
    ...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(
      text.replace(/U\.S\./g, 'US').replace(/Art\./g, 'Art'),
    ),
  ].length;

describe('the quick answers on /answers/', () => {
  const ctx = siteFactContext();
  const views = answerViews(answers, ctx);

  it('answer at least 20 questions, each in at most two sentences with every fact filled in', () => {
    expect(views.length).toBeGreaterThanOrEqual(20);
    for (const a of views) {
      expect({ id: a.id, sentences: sentences(a.text) <= 2 }).toEqual({ id: a.id, sentences: true });
      expect(a.text).not.toMatch(/[{}]/);
    }
  });

  it('answer the questions the brief names', () => {
    const questions = views.map((a) => a.question).join('\n');
    for (const q of [
      /United States a party/,
      /U\.S\. landmine policy today/,
      /Ukraine still bound/,
      /leave .* during a war/,
      /How many States Parties/,
      /non-persistent.*Ottawa/,
      /non-persistent.*Amended Protocol II/,
      /Which states have left/,
      /producers never joined/,
    ])
      expect(questions).toMatch(q);
  });

  it('list corrections of press errors, each with the article as a source and a filled correction', () => {
    const errors = coverageErrorViews(coverageErrors, ctx, getSource);
    expect(errors.length).toBeGreaterThanOrEqual(5);
    for (const e of errors) {
      expect(e.article.type).toBe('news');
      expect(e.text).not.toMatch(/[{}]/);
    }
    expect(new Set(errors.map((e) => e.kind))).toEqual(
      new Set([
        'wrong-date',
        'suspension-called-withdrawal',
        'stale-count',
        'mixed-denominator',
        'signatories-for-parties',
      ]),
    );
  });
});
