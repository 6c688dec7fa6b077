import { describe, expect, it } from '@jest/globals';
import { mapDateFor, mapDates } from '@/lib/map/mapDates';

describe('mapDates', () => {
  const dates = mapDates('2026-11-30');

  it('has the end of every year from 1997 to last year, then the "as of" date', () => {
    expect(dates[0]).toEqual({ year: 1997, date: '1997-12-31', current: false });
    expect(dates.at(-2)).toEqual({ year: 2025, date: '2025-12-31', current: false });
    expect(dates.at(-1)).toEqual({ year: 2026, date: '2026-11-30', current: true });
    expect(dates.map((d) => d.year)).toEqual(Array.from({ length: 30 }, (_, i) => 1997 + i));
  });

  it('finds the date for a year, and nothing outside the range', () => {
    expect(mapDateFor(1999, '2026-11-30')?.date).toBe('1999-12-31');
    expect(mapDateFor(2026, '2026-11-30')?.current).toBe(true);
    expect(mapDateFor(1996, '2026-11-30')).toBeUndefined();
    expect(mapDateFor(2027, '2026-11-30')).toBeUndefined();
  });
});
