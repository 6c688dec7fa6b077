import { describe, expect, it } from '@jest/globals';
import { casualtySegments, missingYears } from '@/lib/charts/casualties';
import { linear, niceTicks } from '@/lib/charts/scale';

describe('niceTicks', () => {
  it('steps by 1, 2, 2.5 or 5 × 10^n up to at least the maximum', () => {
    expect(niceTicks(9000)).toEqual([0, 2000, 4000, 6000, 8000, 10000]);
    expect(niceTicks(100)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(7, 7)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
  it('is a single zero tick for an empty chart', () => {
    expect(niceTicks(0)).toEqual([0]);
  });
});

describe('linear', () => {
  it('maps the domain onto the range, either direction', () => {
    const y = linear(100, 200, 0);
    expect(y(0)).toBe(200);
    expect(y(50)).toBe(100);
    expect(y(100)).toBe(0);
    expect(linear(0, 10, 20)(5)).toBe(10);
  });
});

const row = (year: number, total: number, killed?: number, injured?: number) => ({
  year,
  total,
  killed,
  injured,
  edition: `Landmine Monitor ${year + 1}`,
  cite: [{ source: 's' }],
});

describe('casualtySegments', () => {
  it('stacks killed and injured with the unrecorded rest, and draws an unsplit year as one total', () => {
    const segments = casualtySegments([row(2001, 100), row(2000, 100, 30, 60)], [{ year: 2002, note: 'n', cite: [] }]);
    expect(segments.map((s) => [s.year, s.killed, s.injured, s.unknown, s.unsplit, s.split, s.gap])).toEqual([
      [2000, 30, 60, 10, 0, true, false],
      [2001, 0, 0, 0, 100, false, false],
      [2002, 0, 0, 0, 0, false, true],
    ]);
  });
});

describe('missingYears', () => {
  it('lists the years without a row between the first and last, explained gaps included', () => {
    expect(missingYears([row(2000, 1), row(2003, 1)], [{ year: 2004, note: 'n', cite: [] }])).toEqual([
      2001, 2002, 2004,
    ]);
  });
});
