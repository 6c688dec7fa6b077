import { describe, expect, it } from '@jest/globals';
import type { Instrument, OttawaRecord, ReportedFigure, StateRecord } from '@/lib/content/schemas';
import { factTokenProblems, fillFacts, joinNames, type FactContext } from '@/lib/answers/facts';
import { answerViews, factsAsOf, faqPageJsonLd, jsonLdText } from '@/lib/answers/view';
import { policyInForce } from '@/lib/policyInForce';

const state = (
  iso: string,
  name: string,
  ottawa: Partial<OttawaRecord>,
  apiiConsent: string | null = null,
): StateRecord => ({
  changes: [],
  iso,
  name,
  region: 'Europe',
  ottawa: {
    signed: null,
    consent: null,
    consentType: null,
    unverified: false,
    notes: '',
    cite: [{ source: 's' }],
    ...ottawa,
  },
  ccwAmendedProtocolII: { consent: apiiConsent, unverified: false, notes: '', cite: [{ source: 's' }] },
});

const states = [
  state('AAA', 'Aland', { consent: '2000-01-10', consentType: 'accession' }),
  state('BBB', 'Borduria', {
    consent: '2001-01-10',
    consentType: 'accession',
    withdrawalNotified: '2025-06-27',
    withdrawalEffective: '2025-12-27',
  }),
  state('CCC', 'Carpania', {
    consent: '2002-01-10',
    consentType: 'accession',
    withdrawalNotified: '2025-06-27',
    withdrawalEffective: '2025-12-27',
  }),
  state('DDD', 'Dalmenia', {
    consent: '2003-01-10',
    consentType: 'ratification',
    signed: '1998-01-01',
    suspensionNotified: '2025-07-18',
  }),
  state('EEE', 'Elbonia', {}, '1999-05-24'),
  state('FFF', 'Freedonia', { signed: '1997-12-04' }),
];

const reported: ReportedFigure = {
  id: 'ottawa-states-parties-reported',
  label: 'Parties',
  value: 4,
  unit: { one: 'State Party', other: 'States Parties' },
  asOf: '2025-12-01',
  cite: [{ source: 's' }],
};

const policy = (
  id: string,
  date: string,
  supersedes: string[],
  kind: Instrument['kind'] = 'national-policy',
): Instrument => ({
  changes: [],
  id,
  title: id,
  shortTitle: `${id} policy`,
  kind,
  jurisdiction: 'United States',
  actor: 'united-states',
  dates: { adopted: { date, cite: [{ source: 's' }] } },
  supersedes,
  summary: `Summary of ${id}.`,
  asOf: '2026-11-24',
  cite: [{ source: 's' }],
  positions: {},
});
const instruments = [
  policy('p2020', '2020-01-31', []),
  policy('p2022', '2022-06-21', ['p2020']),
  policy('d2024', '2024-11-19', [], 'decision'),
];

const ctx = (date: string): FactContext => ({
  states,
  instruments,
  reportedParties: reported,
  figure: (id) => ({
    ...reported,
    id,
    value: 6279,
    unit: { one: 'casualty', other: 'casualties' },
    asOf: '2025-12-01',
  }),
  date,
});

describe('fillFacts', () => {
  it('counts States Parties on the date, leaving out withdrawals once they take effect', () => {
    expect(fillFacts('{parties}', ctx('2025-12-26'))).toBe('4 States Parties');
    expect(fillFacts('{parties}', ctx('2026-01-01'))).toBe('2 States Parties');
  });

  it('lists withdrawals that have taken effect, grouped by date', () => {
    expect(fillFacts('{withdrawn}', ctx('2025-12-26'))).toBe('none');
    expect(fillFacts('{withdrawn}', ctx('2026-01-01'))).toBe('Borduria and Carpania (27 December 2025)');
  });

  it('states a suspended state as still counted but contested, with the notice date', () => {
    expect(fillFacts('{status:DDD} since {suspension:DDD}', ctx('2026-01-01'))).toBe(
      'still counted as a State Party, though its status is contested since 18 July 2025',
    );
  });

  it('names the states of a list that are not bound on the date', () => {
    expect(fillFacts('{not-bound:AAA,BBB,EEE}', ctx('2026-01-01'))).toBe('Borduria and Elbonia');
    expect(fillFacts('{signed-only}', ctx('2026-01-01'))).toBe('Freedonia');
  });

  it('gives Amended Protocol II entry into force (six months after consent) and the policy in force, skipping one-off decisions', () => {
    expect(fillFacts('{apii:EEE}', ctx('2026-01-01'))).toBe('has been bound since 24 November 1999');
    expect(fillFacts('{us-policy}', ctx('2026-01-01'))).toBe('the p2022 policy of 21 June 2022');
    expect(fillFacts('{us-policy}', ctx('2021-01-01'))).toBe('the p2020 policy of 31 January 2020');
  });

  it('fills figures as words with their unit', () => {
    expect(fillFacts('at least {fig:x}', ctx('2026-01-01'))).toBe('at least 6,279 casualties');
  });
});

describe('factTokenProblems', () => {
  const isos = new Set(states.map((s) => s.iso));
  it('accepts known facts and states', () => {
    expect(factTokenProblems('{parties}; {status:AAA}; {fig:x}', isos, new Set(['x']))).toEqual([]);
  });
  it('names unknown facts, unknown states, unknown figures and malformed tokens', () => {
    const problems = factTokenProblems('{partys} {status:ZZZ} {fig:y} {status} {parties:AAA} {broken', isos, new Set());
    expect(problems.map((p) => p.token)).toEqual([
      '{fig:y}',
      '{partys}',
      '{status:ZZZ}',
      '{status}',
      '{parties:AAA}',
      '{broken',
    ]);
  });
});

describe('factsAsOf and the FAQ JSON-LD', () => {
  it('dates a text by the records it quotes, or by its check date when it quotes none', () => {
    expect(factsAsOf('{parties}', '2026-11-30', ctx('2026-11-24'))).toBe('2026-11-24');
    expect(factsAsOf('{fig:x} and {parties}', '2026-11-30', ctx('2026-11-24'))).toBe('2025-12-01');
    expect(factsAsOf('No facts here.', '2026-11-30', ctx('2026-11-24'))).toBe('2026-11-30');
  });

  it('builds a FAQPage whose answers are the filled text, escaped for a script block', () => {
    const [view] = answerViews(
      [
        {
          id: 'q',
          order: 1,
          question: 'How many?',
          answer: 'There are {parties} <today>.',
          cite: [{ source: 's' }],
          page: '/states/',
          asOf: '2026-11-30',
        },
      ],
      ctx('2026-01-01'),
    );
    const ld = faqPageJsonLd([view!], 'https://example.test/answers/');
    expect(ld.mainEntity[0]!.acceptedAnswer.text).toBe('There are 2 States Parties <today>.');
    expect(ld.mainEntity[0]!.url).toBe('https://example.test/answers/#q');
    expect(jsonLdText(ld)).not.toContain('<');
    expect(JSON.parse(jsonLdText(ld))).toEqual(ld);
  });
});

describe('policyInForce', () => {
  it('is the latest policy not superseded, and none before the first', () => {
    expect(policyInForce(instruments, 'united-states', '2026-01-01')?.id).toBe('p2022');
    expect(policyInForce(instruments, 'united-states', '2019-01-01')).toBeUndefined();
  });
});

describe('joinNames', () => {
  it('joins with commas and a final "and"', () => {
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
    expect(joinNames([])).toBe('none');
  });
});
