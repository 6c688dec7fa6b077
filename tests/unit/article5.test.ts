import { describe, expect, it } from '@jest/globals';
import type { Article5Record, StateRecord } from '@/lib/content/schemas';
import { article4Deadline, article5On, article5OriginalDeadline, periodEnd } from '@/lib/article5';
import path from 'node:path';
import { loadRawDocuments } from '@/lib/content/rawDocuments';
import { validateDocuments } from '@/lib/content/validate';

const { documents } = loadRawDocuments(path.resolve('content'), path.resolve('.'));
const states = validateDocuments(documents).content.states.map((s) => s.data);

const state = (consent: string | null, article5?: Partial<Article5Record>): StateRecord => ({
  changes: [],
  iso: 'AAA',
  name: 'A',
  region: 'Africa',
  ottawa: {
    signed: null,
    consent,
    consentType: consent ? 'accession' : null,
    unverified: false,
    notes: '',
    cite: [{ source: 'state-record' }],
    ...(article5 ? { article5: { extensions: [], ...article5 } } : {}),
  },
  ccwAmendedProtocolII: { consent: null, unverified: false, notes: '', cite: [] },
});

const cite = [{ source: 'x' }];

describe('original deadlines', () => {
  it('are four (Art. 4) and ten (Art. 5(1)) years after entry into force for the state', () => {
    const s = state('2017-12-27'); // in force 1 June 2018 (Art. 17(2))
    expect(article4Deadline(s)).toBe('2022-06-01');
    expect(article5OriginalDeadline(s)).toBe('2028-06-01');
  });

  it('count from 1 March 1999 for the first States Parties', () => {
    expect(article5OriginalDeadline(state('1998-01-01'))).toBe('2009-03-01');
  });

  it('do not exist for a state that never consented', () => {
    expect(article4Deadline(state(null))).toBeNull();
    expect(article5On(state(null, {}), '2026-11-30')).toEqual({ kind: 'no-record' });
  });
});

describe('article5On', () => {
  const angola = state('2002-07-05', {
    extensions: [
      { decided: '2012-12', newDeadline: '2018-01-01', cite, unverified: false },
      { decided: '2017-12', newDeadline: '2025-12-31', cite, unverified: false },
    ],
  });

  it('says nothing for a state with no Article 5 record', () => {
    expect(article5On(state('2002-07-05'), '2026-11-30')).toEqual({ kind: 'no-record' });
  });

  it('shows the original deadline until an extension is decided', () => {
    expect(article5On(angola, '2012-11-30')).toMatchObject({ kind: 'open', deadline: '2013-01-01', setBy: null });
  });

  it('shows the deadline set by the latest extension decided by the date', () => {
    expect(article5On(angola, '2020-01-01')).toMatchObject({ kind: 'open', deadline: '2025-12-31' });
  });

  it('never shows a passed deadline as current: it says no extension was found', () => {
    const status = article5On(angola, '2026-11-30');
    expect(status).toMatchObject({ kind: 'passed-no-extension-found', deadline: '2025-12-31', pending: null });
  });

  it('names a pending request and what was searched once the deadline passed', () => {
    const pendingRequest = { text: 'Asked for 2030.', searched: 'The 22MSP pages.', asOf: '2026-11-30', cite };
    const withRequest = state('2002-07-05', { ...angola.ottawa.article5, pendingRequest });
    expect(article5On(withRequest, '2026-11-30')).toMatchObject({
      kind: 'passed-no-extension-found',
      pending: pendingRequest,
    });
  });

  it('counts an extension known only from a dated source from that date on', () => {
    const s = state('2002-07-05', {
      extensions: [{ reportedBy: '2025-12', newDeadline: '2030-12-31', cite, unverified: false }],
    });
    expect(article5On(s, '2025-12-30')).toMatchObject({ kind: 'passed-no-extension-found', deadline: '2013-01-01' });
    expect(article5On(s, '2025-12-31')).toMatchObject({ kind: 'open', deadline: '2030-12-31' });
  });

  it('shows a declared completion instead of any deadline', () => {
    const s = state('2001-10-09', { completed: { declared: '2017-02-10', cite, unverified: false } });
    expect(article5On(s, '2026-11-30')).toEqual({ kind: 'completed', declared: '2017-02-10', cite, unverified: false });
  });

  it('reopens the obligation when an extension is granted after a completion', () => {
    const s = state('2001-05-22', {
      completed: { declared: '2012', cite, unverified: false },
      extensions: [{ decided: '2024-11', newDeadline: '2027-12-31', cite, unverified: false }],
    });
    expect(article5On(s, '2020-01-01')).toMatchObject({ kind: 'completed' });
    expect(article5On(s, '2026-11-30')).toMatchObject({ kind: 'open', deadline: '2027-12-31' });
  });

  it('reads a partial date as the end of its period', () => {
    expect(periodEnd('2025')).toBe('2025-12-31');
    expect(periodEnd('2024-02')).toBe('2024-02-29');
    expect(periodEnd('2017-02-10')).toBe('2017-02-10');
  });
});

describe('the real records', () => {
  const date = '2026-11-30';
  const byIso = (iso: string) => states.find((s) => s.iso === iso)!;

  it('show Oman, reported complete on the Article 5 page, as completed, not with an open deadline', () => {
    expect(article5On(byIso('OMN'), date).kind).toBe('completed');
  });

  it("compute Sri Lanka's deadline from its entry into force", () => {
    expect(article5On(byIso('LKA'), date)).toMatchObject({ kind: 'open', deadline: '2028-06-01' });
  });

  it('show no deadline earlier than the date as open', () => {
    for (const s of states) {
      const status = article5On(s, date);
      if (status.kind === 'open') expect(status.deadline >= date).toBe(true);
    }
  });
});
