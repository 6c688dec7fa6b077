/**
 * The comparison model: instruments × dimensions, every cell a cited position. Pure
 * functions over validated content, shared by the matrix, the pair pages, the "what
 * changed" views and the open-data files, so they can never disagree.
 */
import type { Dimension, Instrument, Position, Stance } from '@/lib/content/schemas';
import { instrumentDate, instrumentGroup, orderInstruments } from './order';

export const stanceLabels: Record<Stance, string> = {
  prohibited: 'Prohibited',
  restricted: 'Restricted',
  permitted: 'Permitted',
  required: 'Required',
  'not-addressed': 'Not addressed',
};

/** What a position is called on its dimension: its level on the dimension's scale, else its stance. */
export function positionLabel(dimension: Dimension, position: Position): string {
  const level = position.level && dimension.scale?.find((l) => l.id === position.level);
  return level ? level.label : stanceLabels[position.stance];
}

/** What two positions are compared by: the level where the dimension has a scale, else the stance. */
export function positionKey(dimension: Dimension, position: Position): string {
  return dimension.scale && position.level ? `level:${position.level}` : position.stance;
}

export interface Cell {
  instrument: Instrument;
  dimension: Dimension;
  position: Position;
}

export interface MatrixRow {
  dimension: Dimension;
  cells: Cell[];
}

/** Looks up a position; validation guarantees every instrument has one per dimension. */
export function positionOf(instrument: Instrument, dimension: Dimension): Position {
  const position = instrument.positions[dimension.id];
  if (!position)
    throw new Error(`${instrument.id} has no position on ${dimension.id} (validation should have caught this)`);
  return position;
}

export function buildMatrix(instruments: readonly Instrument[], dimensions: readonly Dimension[]) {
  const columns = orderInstruments(instruments);
  const rows: MatrixRow[] = dimensions.map((dimension) => ({
    dimension,
    cells: columns.map((instrument) => ({ instrument, dimension, position: positionOf(instrument, dimension) })),
  }));
  return { columns, rows };
}

/** Column groups (treaties, then each actor's policies) with their instruments in order. */
export function groupColumns(columns: readonly Instrument[]) {
  const groups: { id: string; label: string; instruments: Instrument[] }[] = [];
  for (const instrument of columns) {
    const group = instrumentGroup(instrument);
    const last = groups.at(-1);
    if (last?.id === group.id) last.instruments.push(instrument);
    else groups.push({ ...group, instruments: [instrument] });
  }
  return groups;
}

export interface DimensionComparison {
  dimension: Dimension;
  positions: Position[];
  /** True when every instrument takes the same stance. */
  same: boolean;
}

/** Each dimension across two or more instruments, differences first, then agreements. */
export function compareOn(instruments: readonly Instrument[], dimensions: readonly Dimension[]) {
  const rows: DimensionComparison[] = dimensions.map((dimension) => {
    const positions = instruments.map((i) => positionOf(i, dimension));
    const first = positionKey(dimension, positions[0]!);
    return { dimension, positions, same: positions.every((p) => positionKey(dimension, p) === first) };
  });
  return { differ: rows.filter((r) => !r.same), agree: rows.filter((r) => r.same) };
}

/** Successive versions of one actor's policy, oldest first. */
export function policyVersions(instruments: readonly Instrument[], actor: string): Instrument[] {
  return orderInstruments(instruments.filter((i) => i.actor === actor));
}

export interface PolicyChange {
  from: Instrument;
  to: Instrument;
  /** Dimensions whose stance changed, with the old and new positions. */
  changed: { dimension: Dimension; before: Position; after: Position }[];
  /**
   * Dimensions the new document does not address although the old one did. A policy that is
   * silent on a point does not by itself undo the earlier rule, so these are listed apart.
   */
  notRestated: { dimension: Dimension; before: Position; after: Position }[];
}

/** What changed between each policy version and the one before it, dimension by dimension. */
export function policyChanges(versions: readonly Instrument[], dimensions: readonly Dimension[]): PolicyChange[] {
  return versions.slice(1).map((to, i) => {
    const from = versions[i]!;
    const differing = dimensions.flatMap((dimension) => {
      const before = positionOf(from, dimension);
      const after = positionOf(to, dimension);
      return positionKey(dimension, before) === positionKey(dimension, after) ? [] : [{ dimension, before, after }];
    });
    const silent = (d: (typeof differing)[number]) => d.after.stance === 'not-addressed';
    return { from, to, changed: differing.filter((d) => !silent(d)), notRestated: differing.filter(silent) };
  });
}

/** The change that led to `instrument` from its predecessor among the actor's versions, if any. */
export function changeInto(
  instrument: Instrument,
  instruments: readonly Instrument[],
  dimensions: readonly Dimension[],
) {
  if (!instrument.actor) return undefined;
  return policyChanges(policyVersions(instruments, instrument.actor), dimensions).find(
    (c) => c.to.id === instrument.id,
  );
}

/**
 * How two instruments relate as versions of one actor's policy: `consecutive` when the second
 * directly followed the first, `apart` when other versions came in between, `unrelated` when
 * they are not versions of one policy.
 */
export type VersionRelation = 'consecutive' | 'apart' | 'unrelated';

export function versionRelation(
  [first, second]: readonly [Pick<Instrument, 'id' | 'actor'>, Pick<Instrument, 'id' | 'actor'>],
  instruments: readonly Instrument[],
): VersionRelation {
  if (first.actor === undefined || first.actor !== second.actor) return 'unrelated';
  const ids = policyVersions(instruments, first.actor).map((v) => v.id);
  return ids.indexOf(second.id) - ids.indexOf(first.id) === 1 ? 'consecutive' : 'apart';
}

export { instrumentDate };
