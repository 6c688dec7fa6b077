import { describe, expect, it } from '@jest/globals';
import { groupByYear } from '@/lib/dates';
import { ottawaEvents } from '@/lib/stateEvents';
import { stateRecord } from './statesFixtures';

describe('ottawaEvents', () => {
  it('lists a party’s steps and the deadlines the treaty fixes from them, oldest first', () => {
    const state = stateRecord('FIN', {
      consent: '2012-01-09',
      consentType: 'accession',
      withdrawalNotified: '2025-07-10',
      withdrawalEffective: '2026-01-10',
    });
    expect(ottawaEvents(state, '2025-12-01')).toEqual([
      { date: '2012-01-09', what: 'Deposited its instrument of accession', future: false },
      // Art. 17(2): the first day of the sixth month after the deposit.
      { date: '2012-07-01', what: 'Treaty entered into force for it (Art. 17)', future: false },
      {
        date: '2016-07-01',
        what: 'Deadline to destroy any stockpiled anti-personnel mines (Art. 4: four years after entry into force)',
        future: false,
      },
      { date: '2025-07-10', what: 'Notified its withdrawal (Art. 20)', future: false },
      { date: '2026-01-10', what: 'Withdrawal took effect', future: true },
    ]);
  });

  it('gives a signatory that never ratified no entry into force and no deadlines', () => {
    const state = stateRecord('MHL', { signed: '1997-12-04' });
    expect(ottawaEvents(state, '2026-11-30')).toEqual([
      { date: '1997-12-04', what: 'Signed the treaty', future: false },
    ]);
  });

  it('gives a state that never joined nothing to list', () => {
    expect(ottawaEvents(stateRecord('USA', {}), '2026-11-30')).toEqual([]);
  });
});

describe('groupByYear', () => {
  it('groups dated items by year in the order the years first appear', () => {
    const items = [{ date: '1997-09-18' }, { date: '1997-12-03' }, { date: '1999-03-01' }];
    expect(groupByYear(items)).toEqual([
      { year: '1997', items: [{ date: '1997-09-18' }, { date: '1997-12-03' }] },
      { year: '1999', items: [{ date: '1999-03-01' }] },
    ]);
  });
});
