import { describe, expect, it } from '@jest/globals';
import type { OttawaRecord, ReportedFigure, StateRecord } from '@/lib/content/schemas';
import { countParties, entryIntoForceFor, ottawaStatusOn } from '@/lib/ottawaStatus';

const record = (fields: Partial<OttawaRecord>): OttawaRecord => ({
  signed: null,
  consent: null,
  consentType: null,
  unverified: false,
  notes: '',
  cite: [{ source: 's' }],
  ...fields,
});

const state = (iso: string, ottawa: Partial<OttawaRecord>): StateRecord => ({
  iso,
  name: iso,
  region: 'Europe',
  ottawa: record(ottawa),
  ccwAmendedProtocolII: { consent: null, unverified: false, notes: '', cite: [{ source: 's' }] },
  changes: [],
});

// Finland: accession deposited 9 January 2012 (illustrative dates for the rule, not the record).
const finland = record({
  consent: '2012-01-09',
  consentType: 'accession',
  withdrawalNotified: '2025-07-10',
  withdrawalEffective: '2026-01-10',
});

describe('entryIntoForceFor', () => {
  it('is 1 March 1999 for instruments deposited well before the treaty entered into force', () => {
    expect(entryIntoForceFor({ consent: '1997-12-03' })).toBe('1999-03-01');
  });

  it('is the first day of the sixth month after deposit for later instruments (Art. 17(2))', () => {
    expect(entryIntoForceFor({ consent: '2025-06-25' })).toBe('2025-12-01');
    expect(entryIntoForceFor({ consent: '1998-12-15' })).toBe('1999-06-01');
  });

  it('is null for a state that never consented', () => {
    expect(entryIntoForceFor({ consent: null })).toBeNull();
  });
});

describe('ottawaStatusOn', () => {
  it('follows a withdrawing state before, during and after its six-month notice', () => {
    expect(ottawaStatusOn(finland, '2012-01-08')).toBe('not-signed');
    expect(ottawaStatusOn(finland, '2012-03-01')).toBe('awaiting-entry-into-force');
    expect(ottawaStatusOn(finland, '2012-07-01')).toBe('party');
    expect(ottawaStatusOn(finland, '2025-07-09')).toBe('party');
    expect(ottawaStatusOn(finland, '2025-07-10')).toBe('withdrawal-pending');
    expect(ottawaStatusOn(finland, '2026-01-09')).toBe('withdrawal-pending');
    expect(ottawaStatusOn(finland, '2026-01-10')).toBe('withdrawn');
  });

  it('keeps a signatory that never ratified a signatory', () => {
    expect(ottawaStatusOn(record({ signed: '1998-03-04' }), '2026-11-24')).toBe('signatory');
  });

  it('marks a withdrawal notified during armed conflict as contested (Art. 20(3))', () => {
    const ukraine = record({
      signed: '1999-02-24',
      consent: '2005-12-27',
      consentType: 'ratification',
      withdrawalNotified: '2025-07-18',
      withdrawalArmedConflict: true,
    });
    expect(ottawaStatusOn(ukraine, '2026-11-24')).toBe('contested');
  });

  it("shows Ukraine's 2025 suspension notice as contested, a party before it", () => {
    const ukraine = record({
      signed: '1999-02-24',
      consent: '2005-12-27',
      consentType: 'ratification',
      suspensionNotified: '2025-07-18',
    });
    expect(ottawaStatusOn(ukraine, '2006-05-31')).toBe('awaiting-entry-into-force');
    expect(ottawaStatusOn(ukraine, '2006-06-01')).toBe('party');
    expect(ottawaStatusOn(ukraine, '2025-07-17')).toBe('party');
    expect(ottawaStatusOn(ukraine, '2025-07-18')).toBe('contested');
  });

  it('refuses to guess for an unverified record', () => {
    expect(ottawaStatusOn(record({ unverified: true }), '2026-11-24')).toBe('unverified');
  });
});

describe('countParties', () => {
  const reported: ReportedFigure = {
    id: 'p',
    label: 'Number of States Parties',
    value: 166,
    unit: { one: 'State Party', other: 'States Parties' },
    asOf: '2025-12-01',
    cite: [{ source: 's' }],
  };

  it('carries a reported figure forward by the withdrawals that took effect after its date', () => {
    const states = [
      state('FIN', finland),
      state('EST', {
        consent: '2004-05-12',
        consentType: 'accession',
        withdrawalNotified: '2025-06-27',
        withdrawalEffective: '2025-12-27',
      }),
      state('XXA', { unverified: true }),
    ];
    expect(countParties(states, '2025-12-26', reported).value).toBe(166);
    expect(countParties(states, '2025-12-27', reported).value).toBe(165);
    const now = countParties(states, '2026-11-24', reported);
    expect(now).toMatchObject({ value: 164, asOf: '2026-11-24', method: 'reported-figure-adjusted' });
    expect(now.changes.map((c) => [c.state.iso, c.change, c.date])).toEqual([
      ['EST', 'withdrew', '2025-12-27'],
      ['FIN', 'withdrew', '2026-01-10'],
    ]);
  });

  it('counts from the records alone once every record is verified', () => {
    const states = [
      state('FIN', finland),
      state('AUT', { signed: '1997-12-03', consent: '1998-06-29', consentType: 'ratification' }),
      state('USA', {}),
    ];
    expect(countParties(states, '2025-01-01', reported)).toMatchObject({ value: 2, method: 'state-records' });
    expect(countParties(states, '2026-11-24', reported)).toMatchObject({ value: 1, method: 'state-records' });
  });

  it('still counts a state whose suspension is contested', () => {
    const states = [
      state('UKR', {
        signed: '1999-02-24',
        consent: '2005-12-27',
        consentType: 'ratification',
        suspensionNotified: '2025-07-18',
      }),
    ];
    expect(countParties(states, '2026-11-24', reported)).toMatchObject({ value: 1, method: 'state-records' });
  });
});
