/**
 * What the casualty charts and their tables show, derived from content/data/casualties.yaml.
 * Where an edition splits its total, the bar shows killed, injured and any whose status was
 * unknown; where it does not, the bar is the total itself, drawn as a total (not as a grey
 * "missing" segment), so a missing breakdown never looks like missing data.
 */
import type { CasualtyGap, CasualtyRow } from '@/lib/content/schemas';

export interface CasualtySegments {
  year: number;
  killed: number;
  injured: number;
  /** Casualties whose status (killed or injured) was not recorded, where the edition splits its total. */
  unknown: number;
  /** The whole total, where the edition gives no split (zero otherwise). */
  unsplit: number;
  total: number;
  split: boolean;
  /** An explained gap: a slot on the axis with no bar. */
  gap: boolean;
}

export function casualtySegments(rows: readonly CasualtyRow[], gaps: readonly CasualtyGap[] = []): CasualtySegments[] {
  const bars = rows.map((r) => {
    const split = r.killed !== undefined && r.injured !== undefined;
    const killed = split ? r.killed! : 0;
    const injured = split ? r.injured! : 0;
    const rest = r.total - killed - injured;
    return {
      year: r.year,
      killed,
      injured,
      unknown: split ? rest : 0,
      unsplit: split ? 0 : rest,
      total: r.total,
      split,
      gap: false,
    };
  });
  const empty = gaps.map((g) => ({
    year: g.year,
    killed: 0,
    injured: 0,
    unknown: 0,
    unsplit: 0,
    total: 0,
    split: false,
    gap: true,
  }));
  return [...bars, ...empty].sort((a, b) => a.year - b.year);
}

/** Years from the first to the last row or gap that have no row (shown as gaps, and said in words). */
export function missingYears(rows: readonly CasualtyRow[], gaps: readonly CasualtyGap[] = []): number[] {
  const years = new Set(rows.map((r) => r.year));
  const all = [...years, ...gaps.map((g) => g.year)];
  const min = Math.min(...all);
  const max = Math.max(...all);
  return Array.from({ length: max - min + 1 }, (_, i) => min + i).filter((y) => !years.has(y));
}
