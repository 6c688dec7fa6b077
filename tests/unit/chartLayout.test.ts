import { describe, expect, it } from '@jest/globals';
import { casualtySegments } from '@/lib/charts/casualties';
import type { CasualtyRow } from '@/lib/content/schemas';
import { COLUMN_SIZES, ROW_SIZES, rowLayout, stackLayout } from '@/lib/charts/layout';

describe('casualtySegments', () => {
  const row = (fields: Omit<CasualtyRow, 'edition' | 'cite'>): CasualtyRow => ({
    ...fields,
    edition: 'Landmine Monitor',
    cite: [{ source: 's' }],
  });
  it('splits a total into killed, injured and status unknown where the edition gives them', () => {
    const [segment] = casualtySegments([row({ year: 2020, total: 100, killed: 30, injured: 60 })]);
    expect(segment).toMatchObject({ killed: 30, injured: 60, unknown: 10, unsplit: 0, split: true });
  });

  it('draws the total as a total where the edition gives no split, not as unknown', () => {
    const [segment] = casualtySegments([row({ year: 2001, total: 8000 })]);
    expect(segment).toMatchObject({ killed: 0, injured: 0, unknown: 0, unsplit: 8000, split: false });
  });
});

describe('stackLayout', () => {
  const rows = [
    { year: 2000, values: [10, 20] },
    { year: 2002, values: [5, 0] },
  ];

  it('keeps an empty slot for a missing year and stacks segments from the bottom', () => {
    const layout = stackLayout(rows, COLUMN_SIZES.wide);
    const [first, second] = layout.bars;
    expect(second!.x - first!.x).toBeCloseTo(2 * ((layout.plot.right - layout.plot.left) / 3));
    const [killed, injured] = first!.segments;
    expect(killed!.y + 0).toBeCloseTo(injured!.y + injured!.height);
    expect(second!.segments).toHaveLength(1); // a zero draws nothing
    expect(layout.ticks.at(-1)!.value).toBeGreaterThanOrEqual(30);
  });

  it('labels fewer years on the narrow drawing so labels do not collide', () => {
    const years = Array.from({ length: 27 }, (_, i) => ({ year: 1999 + i, values: [1] }));
    const wide = stackLayout(years, COLUMN_SIZES.wide).yearLabels;
    const narrow = stackLayout(years, COLUMN_SIZES.narrow).yearLabels;
    expect(narrow.length).toBeLessThan(wide.length);
    // A four-digit year at 12 px is about 30 units wide: neighbours must be further apart.
    expect(narrow[1]!.x - narrow[0]!.x).toBeGreaterThan(30);
  });

  it('draws the narrow variant at about a phone text column, so 12-unit text stays 12 px at 390 px', () => {
    // A 390 px screen leaves 358 px for the chart; the drawing must not be wider than that.
    expect(COLUMN_SIZES.narrow.width).toBeLessThanOrEqual(358);
    expect(ROW_SIZES.narrow.width).toBeLessThanOrEqual(358);
  });
});

describe('rowLayout', () => {
  const rows = [
    { label: 'Myanmar', value: 1000 },
    { label: 'Syria', value: 500 },
  ];

  it('puts labels left of the bars when wide and above them when narrow', () => {
    const wide = rowLayout(rows, ROW_SIZES.wide).rows[0]!;
    expect(wide.labelAnchor).toBe('end');
    expect(wide.labelX).toBeLessThan(wide.barX);
    const narrow = rowLayout(rows, ROW_SIZES.narrow).rows[0]!;
    expect(narrow.labelAnchor).toBe('start');
    expect(narrow.labelY).toBeLessThan(narrow.barY);
  });

  it('scales bars to the largest value', () => {
    const layout = rowLayout(rows, ROW_SIZES.narrow);
    expect(layout.rows[1]!.barWidth).toBeCloseTo(layout.rows[0]!.barWidth / 2);
  });
});
