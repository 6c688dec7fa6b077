/**
 * The order instruments are shown in, and the canonical order of a pair. Treaties come
 * first, then each actor's policies; within a group, by the date the instrument was
 * adopted or announced. Pair URLs always put the earlier instrument first, so each pair
 * has exactly one address.
 */
import type { DatedFact, Instrument } from '@/lib/content/schemas';

export type InstrumentLike = Pick<Instrument, 'id' | 'kind' | 'dates' | 'actor' | 'jurisdiction'>;

export interface InstrumentGroup {
  id: string;
  label: string;
}

/**
 * The date an instrument is placed at on timelines and in tables, with the citations that
 * establish it: adopted, else announced, else opened for signature, else in force. Pages show
 * this date and cite these sources, so the date shown and its note cannot come from two rules.
 */
export function placingDate(i: Pick<Instrument, 'dates'>): DatedFact | undefined {
  return i.dates.adopted ?? i.dates.announced ?? i.dates.openedForSignature ?? i.dates.inForce;
}

/** The placing date alone; an undated instrument sorts last. */
export function instrumentDate(i: Pick<Instrument, 'dates'>): string {
  return placingDate(i)?.date ?? '9999-12-31';
}

/** Instruments oldest first by their placing date (a stable sort: ties keep their order). */
export function byInstrumentDate<T extends Pick<Instrument, 'dates'>>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => instrumentDate(a).localeCompare(instrumentDate(b)));
}

/** Column-group labels for actors whose instruments are not all "policies". */
const ACTOR_GROUP_LABELS: Record<string, string> = {
  'united-states': 'U.S. executive policy',
  'us-congress': 'U.S. legislation',
};

export function instrumentGroup(i: InstrumentLike): InstrumentGroup {
  if (i.kind === 'treaty' || i.kind === 'protocol') return { id: 'treaties', label: 'Treaties' };
  const actor = i.actor ?? 'other';
  return { id: `policy-${actor}`, label: ACTOR_GROUP_LABELS[actor] ?? `${i.jurisdiction} policies` };
}

const groupRank = (i: InstrumentLike) => (instrumentGroup(i).id === 'treaties' ? 0 : 1);

export function compareInstruments(a: InstrumentLike, b: InstrumentLike): number {
  return (
    groupRank(a) - groupRank(b) ||
    instrumentGroup(a).id.localeCompare(instrumentGroup(b).id) ||
    instrumentDate(a).localeCompare(instrumentDate(b)) ||
    a.id.localeCompare(b.id)
  );
}

export function orderInstruments<T extends InstrumentLike>(instruments: readonly T[]): T[] {
  return [...instruments].sort(compareInstruments);
}

/** Every unordered pair once, each in display order. */
export function instrumentPairs<T extends InstrumentLike>(instruments: readonly T[]): [T, T][] {
  const ordered = orderInstruments(instruments);
  return ordered.flatMap((a, i) => ordered.slice(i + 1).map((b) => [a, b] as [T, T]));
}

/** The pair at the address `/compare/<a>/<b>/`, or undefined when that is not a pair's canonical order. */
export function findPair<T extends InstrumentLike>(
  instruments: readonly T[],
  a: string,
  b: string,
): [T, T] | undefined {
  return instrumentPairs(instruments).find(([x, y]) => x.id === a && y.id === b);
}

/** The pairs whose first instrument is `first`, in display order (the "every pair" list). */
export function pairsStartingWith<T extends InstrumentLike>(pairs: readonly [T, T][], first: string): [T, T][] {
  return pairs.filter(([a]) => a.id === first);
}
