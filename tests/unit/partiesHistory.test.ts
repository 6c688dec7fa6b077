import { describe, expect, it } from '@jest/globals';
import { partiesHistory, partiesHistoryView } from '@/lib/partiesHistory';
import { reportedFigure, stateRecord } from './statesFixtures';

const a = stateRecord('AAA', { consent: '1998-01-10', consentType: 'ratification' });
const b = stateRecord('BBB', { consent: '2003-06-02', consentType: 'accession' });
const c = stateRecord('CCC', {
  consent: '1999-05-01',
  consentType: 'ratification',
  withdrawalNotified: '2025-02-01',
  withdrawalEffective: '2025-08-01',
});
const reported = reportedFigure(2, '2020-01-01');

describe('partiesHistory', () => {
  it('with every record verified, lists each date that changed the count, counted from the records', () => {
    const points = partiesHistory([a, b, c], reported, '2026-01-01');
    expect(points.map((p) => [p.date, p.count.value])).toEqual([
      ['1998-01-10', 1],
      ['1999-05-01', 2],
      ['2003-06-02', 3],
      ['2025-08-01', 2],
    ]);
    expect(points[3]!.events).toEqual([{ state: c, change: 'withdrew' }]);
  });

  it('ignores changes after the end date', () => {
    expect(partiesHistory([a, b, c], reported, '2020-01-01').map((p) => p.date)).toEqual([
      '1998-01-10',
      '1999-05-01',
      '2003-06-02',
    ]);
  });

  it('with an unverified record, starts from the reported figure and carries it forward', () => {
    const unsure = stateRecord('DDD', { unverified: true });
    const points = partiesHistory([a, b, c, unsure], reportedFigure(160, '2024-01-01'), '2026-01-01');
    expect(points.map((p) => [p.date, p.count.value, p.count.method])).toEqual([
      ['2024-01-01', 160, 'reported-figure-adjusted'],
      ['2025-08-01', 159, 'reported-figure-adjusted'],
    ]);
  });
});

describe('partiesHistoryView', () => {
  it('summarises years before 2025 at year end and lists later changes one by one', () => {
    const view = partiesHistoryView([a, b, c], reported, '2026-01-01');
    expect(view.allVerified).toBe(true);
    expect(view.years[0]).toEqual({ year: 1999, value: 2 });
    expect(view.years.find((y) => y.year === 2003)).toEqual({ year: 2003, value: 3 });
    expect(view.years.at(-1)!.year).toBe(2024);
    expect(view.recent.map((p) => p.date)).toEqual(['2025-08-01']);
  });

  it('without a complete set of records, has no year-end summary', () => {
    const view = partiesHistoryView([a, stateRecord('DDD', { unverified: true })], reported, '2026-01-01');
    expect(view.allVerified).toBe(false);
    expect(view.years).toEqual([]);
    expect(view.recent[0]!.date).toBe('2020-01-01');
  });
});
