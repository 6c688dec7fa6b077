import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { loadRawDocuments } from '@/lib/content/rawDocuments';
import { validateDocuments } from '@/lib/content/validate';
import { partiesYearEnds } from '@/lib/partiesHistory';

const { documents } = loadRawDocuments(path.resolve('content'), path.resolve('.'));
const { content } = validateDocuments(documents);
const states = content.states.map((s) => s.data);
const reported = content.figures.find((f) => f.data.id === 'ottawa-states-parties-reported')!.data;

describe('partiesYearEnds', () => {
  const points = partiesYearEnds(states, reported, '2026-11-30');

  it('has one count per year from 1999 to the "as of" date', () => {
    expect(points[0]!.year).toBe(1999);
    expect(points.at(-1)).toMatchObject({ year: 2026, date: '2026-11-30' });
    expect(points).toHaveLength(28);
  });

  it('rises from entry into force and falls after the withdrawals of 2025–2026', () => {
    const at = (year: number) => points.find((p) => p.year === year)!.parties;
    expect(at(2005)).toBeGreaterThan(at(1999));
    expect(at(2026)).toBeLessThan(at(2024));
  });

  it('is empty while any record is unverified', () => {
    const unverified = [{ ...states[0]!, ottawa: { ...states[0]!.ottawa, unverified: true } }, ...states.slice(1)];
    expect(partiesYearEnds(unverified, reported, '2026-11-30')).toEqual([]);
  });
});
