import { describe, expect, it } from '@jest/globals';
import { countByStatus, departures, stateRows, statusOrder } from '@/lib/statesTable';
import { stateRecord } from './statesFixtures';

const party = stateRecord('ZZZ', { consent: '1998-01-10', consentType: 'ratification' }, 'Zedland');
const withdrawn = stateRecord(
  'AAA',
  {
    consent: '1999-05-01',
    consentType: 'ratification',
    withdrawalNotified: '2025-02-01',
    withdrawalEffective: '2025-08-01',
  },
  'Aland',
);
const suspended = stateRecord(
  'BBB',
  { consent: '2005-12-27', consentType: 'ratification', suspensionNotified: '2025-01-15' },
  'Beland',
);
const outside = stateRecord('CCC', {}, 'Celand');

describe('stateRows', () => {
  it('sorts by name and computes status and entry into force on the date', () => {
    const rows = stateRows([party, withdrawn, outside], '2026-01-01');
    expect(rows.map((r) => [r.state.name, r.status, r.inForce])).toEqual([
      ['Aland', 'withdrawn', '1999-11-01'],
      ['Celand', 'not-signed', null],
      ['Zedland', 'party', '1999-03-01'],
    ]);
  });
});

describe('countByStatus', () => {
  it('counts every status, zero included, in the legend order', () => {
    const counts = countByStatus(stateRows([party, withdrawn, outside], '2026-01-01'));
    expect([...counts.keys()]).toEqual([...statusOrder]);
    expect(counts.get('party')).toBe(1);
    expect(counts.get('withdrawn')).toBe(1);
    expect(counts.get('signatory')).toBe(0);
  });
});

describe('departures', () => {
  it('lists withdrawals and suspensions in the order they were notified', () => {
    expect(departures([party, withdrawn, suspended, outside]).map((d) => [d.state.iso, d.kind, d.effective])).toEqual([
      ['BBB', 'suspension', null],
      ['AAA', 'withdrawal', '2025-08-01'],
    ]);
  });
});
