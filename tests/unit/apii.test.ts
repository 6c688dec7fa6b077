import { describe, expect, it } from '@jest/globals';
import type { StateRecord } from '@/lib/content/schemas';
import { apiiEntryIntoForceFor, apiiSortDate, apiiStatusOn, countApiiParties, sixMonthsAfter } from '@/lib/apii';

type Apii = StateRecord['ccwAmendedProtocolII'];
const apii = (fields: Partial<Apii>): Apii => ({
  consent: null,
  unverified: false,
  notes: '',
  cite: [{ source: 's' }],
  ...fields,
});
const state = (iso: string, fields: Partial<Apii>): StateRecord => ({
  changes: [],
  iso,
  name: iso,
  region: 'Europe',
  ottawa: { signed: null, consent: null, consentType: null, unverified: false, notes: '', cite: [{ source: 's' }] },
  ccwAmendedProtocolII: apii(fields),
});

describe('apiiEntryIntoForceFor', () => {
  it('is 3 December 1998 for a state that consented well before the Protocol entered into force', () => {
    expect(apiiEntryIntoForceFor('1997-03-12')).toBe('1998-12-03');
  });

  it('is six months after deposit, to the day, for a later consent', () => {
    expect(apiiEntryIntoForceFor('1999-09-21')).toBe('2000-03-21');
    expect(apiiEntryIntoForceFor('2010-01-15')).toBe('2010-07-15');
  });

  it('is six months after a deposit made in the six months before 3 December 1998', () => {
    expect(apiiEntryIntoForceFor('1998-07-01')).toBe('1999-01-01');
  });

  it('ends on the last day of a shorter month', () => {
    expect(sixMonthsAfter('2001-08-31')).toBe('2002-02-28');
    expect(sixMonthsAfter('2003-08-31')).toBe('2004-02-29');
  });
});

describe('apiiStatusOn', () => {
  it('says "bound" from the computed date, never from the consent date', () => {
    const record = apii({ consent: '2005-03-10' });
    expect(apiiStatusOn(record, '2005-03-10')).toEqual({
      kind: 'awaiting-entry-into-force',
      from: '2005-09-10',
      consent: '2005-03-10',
      dateVerified: true,
    });
    expect(apiiStatusOn(record, '2005-09-10')).toEqual({
      kind: 'bound',
      since: '2005-09-10',
      consent: '2005-03-10',
      dateVerified: true,
    });
    expect(apiiStatusOn(record, '2004-01-01')).toEqual({ kind: 'not-bound' });
  });

  it('keeps an unverified consent date flagged', () => {
    expect(apiiStatusOn(apii({ consent: '1999-09-21', unverified: true }), '2026-11-30')).toMatchObject({
      kind: 'bound',
      since: '2000-03-21',
      dateVerified: false,
    });
  });

  it('says "bound by" only from the date of the source that lists the state, and claims nothing before', () => {
    const record = apii({ consent: null, unverified: true, reportedBoundBy: '2020-06-01' });
    expect(apiiStatusOn(record, '2026-11-30')).toEqual({ kind: 'bound-by', date: '2020-06-01' });
    expect(apiiStatusOn(record, '2019-01-01')).toEqual({ kind: 'unverified' });
    expect(apiiSortDate(record)).toBe('2020-06-01');
  });

  it('distinguishes "not bound" from "not yet verified"', () => {
    expect(apiiStatusOn(apii({}), '2026-11-30')).toEqual({ kind: 'not-bound' });
    expect(apiiStatusOn(apii({ unverified: true }), '2026-11-30')).toEqual({ kind: 'unverified' });
  });
});

describe('countApiiParties', () => {
  const states = [
    state('AAA', { consent: '1997-01-10' }),
    state('BBB', { consent: '2026-10-01' }), // deposited, six months not yet run on 30 November 2026
    state('CCC', { consent: null, unverified: true, reportedBoundBy: '2020-01-01' }),
    state('DDD', { consent: '2001-05-05', unverified: true }),
    state('EEE', {}),
  ];

  it('counts only states for which the Protocol is in force on the date', () => {
    expect(countApiiParties(states, '2026-11-30')).toEqual({
      value: 3,
      asOf: '2026-11-30',
      fromConsent: 2,
      fromReportedList: 1,
      unverifiedDates: 1,
    });
  });

  it('counts a state six months after its consent, not on the day it deposits', () => {
    expect(countApiiParties(states, '2027-04-01').value).toBe(4);
    expect(countApiiParties(states, '1998-12-02').value).toBe(0);
    expect(countApiiParties(states, '1998-12-03').value).toBe(1);
  });
});
