import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import type { StateRecord } from '@/lib/content/schemas';
import { loadRawDocuments } from '@/lib/content/rawDocuments';
import { validateDocuments } from '@/lib/content/validate';
import { mdxPlainText } from '@/lib/mdx/outline';
import { statusClaimProblems } from '@/lib/statusClaims';

const record = (iso: string, name: string, ottawa: Partial<StateRecord['ottawa']>): StateRecord => ({
  changes: [],
  iso,
  name,
  region: 'Europe',
  ottawa: {
    signed: null,
    consent: '2005-12-27',
    consentType: 'ratification',
    unverified: false,
    notes: '',
    cite: [{ source: 's' }],
    ...ottawa,
  },
  ccwAmendedProtocolII: { consent: null, unverified: false, notes: '', cite: [] },
});
const ukraine = record('UKR', 'Ukraine', { suspensionNotified: '2025-07-18' });
const finland = record('FIN', 'Finland', { withdrawalNotified: '2025-07-10', withdrawalEffective: '2026-01-10' });
const china = record('CHN', 'China', { consent: null, consentType: null });

describe('statusClaimProblems', () => {
  it('fails a sentence saying a state deposited an instrument of withdrawal when it notified a suspension', () => {
    const problems = statusClaimProblems(
      'Ukraine deposited an instrument of withdrawal in 2025.',
      [ukraine],
      '2026-11-30',
    );
    expect(problems).toEqual([
      {
        state: 'UKR',
        claim: 'withdrawal',
        sentence: 'Ukraine deposited an instrument of withdrawal in 2025.',
        message:
          'says Ukraine withdrew or notified withdrawal, but its record holds no withdrawal notice (it notified a suspension)',
      },
    ]);
  });

  it('catches the claim even when another clause of the sentence is negated (the note that was on the contamination table)', () => {
    const note =
      'Article 5 deadline left out: Ukraine deposited an instrument of withdrawal in 2025 while in armed conflict, and its current clearance deadline could not be verified.';
    expect(statusClaimProblems(note, [ukraine], '2026-11-30').map((p) => p.claim)).toEqual(['withdrawal']);
  });

  it('reads an MDX body as the words a reader sees, marks and term links included', () => {
    const body = 'In 2025 <Term id="ukraine-x">Ukraine</Term> withdrew.<Cite source="s" pin="Art. 20" /> Later text.';
    expect(statusClaimProblems(mdxPlainText(body), [ukraine], '2026-11-30').map((p) => p.sentence)).toEqual([
      'In 2025 Ukraine withdrew.',
    ]);
  });

  it('accepts a withdrawal the record holds, and a negated sentence', () => {
    expect(statusClaimProblems('Finland withdrew in 2026.', [finland], '2026-11-30')).toEqual([]);
    expect(
      statusClaimProblems(
        'No Article 20 instrument of withdrawal by Ukraine has been reported.',
        [ukraine],
        '2026-11-30',
      ),
    ).toEqual([]);
  });

  it('fails a sentence calling a state that never joined bound', () => {
    const [problem] = statusClaimProblems('China is bound by the treaty.', [china], '2026-11-30');
    expect(problem?.message).toBe(
      'says China is bound by the Ottawa Treaty, but its record gives the status "not-signed" on 2026-11-30',
    );
  });
});

describe('the content', () => {
  const { documents } = loadRawDocuments(path.resolve('content'), path.resolve('.'));
  const { content } = validateDocuments(documents);
  const states = content.states.map((s) => s.data);
  const date = '2026-11-30';

  it('never calls a state withdrawn, or bound, against its record (notes, contamination notes, every page body)', () => {
    const texts = [
      ...content.states.map((s) => ({
        file: s.file,
        text: `${s.data.ottawa.notes} ${s.data.ottawa.article5?.note ?? ''}`,
      })),
      ...content.contamination.flatMap((c) =>
        c.data.areas.map((a) => ({ file: c.file, text: `${a.name}: ${a.note ?? ''}` })),
      ),
      ...[...content.topics, ...content.pages, ...content.instruments, ...content.provisions].map((d) => ({
        file: d.file,
        text: mdxPlainText(d.body ?? ''),
      })),
    ];
    const problems = texts.flatMap(({ file, text }) =>
      statusClaimProblems(text, states, date).map((p) => `${file}: ${p.message}: "${p.sentence}"`),
    );
    expect(problems).toEqual([]);
  });
});
