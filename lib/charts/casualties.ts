/**
 * What the casualty charts and their tables show, derived from content/data/casualties.yaml.
 * A year whose edition gives no killed/injured split is drawn as one "not broken down" segment
 * rather than guessed.
 */
import type { CasualtyRow } from '@/lib/content/schemas';

export interface CasualtySegments {
  year: number;
  killed: number;
  injured: number;
  /** Status unknown, or the whole total where the edition gives no split. */
  other: number;
  total: number;
  split: boolean;
}

export function casualtySegments(rows: readonly CasualtyRow[]): CasualtySegments[] {
  return [...rows]
    .sort((a, b) => a.year - b.year)
    .map((r) => {
      const split = r.killed !== undefined && r.injured !== undefined;
      const killed = split ? r.killed! : 0;
      const injured = split ? r.injured! : 0;
      return { year: r.year, killed, injured, other: r.total - killed - injured, total: r.total, split };
    });
}

/** Years from the first to the last row that have no row (shown as gaps, and said in words). */
export function missingYears(rows: readonly CasualtyRow[]): number[] {
  const years = new Set(rows.map((r) => r.year));
  const min = Math.min(...years);
  const max = Math.max(...years);
  return Array.from({ length: max - min + 1 }, (_, i) => min + i).filter((y) => !years.has(y));
}
