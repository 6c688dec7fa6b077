/**
 * Source quality as data (issue 11.4). Every fact the content states is classed by the strongest
 * tier among its sources; a legal status or a date resting only on weak sources (blogs,
 * newsletters, aggregators, republished copies) is a validation problem unless its record says
 * plainly that it is unverified, which the site then shows to the reader.
 */
import type { Problem } from './problems';
import type { Citation, Source, SourceTier } from './schemas';
import type { Located, ValidatedContent } from './validate';

const RANK: Record<SourceTier, number> = { primary: 3, established: 2, weak: 1 };

export type FactKind = 'legal status' | 'date' | 'figure' | 'other';

export interface Fact {
  file: string;
  field: string;
  kind: FactKind;
  sources: string[];
  /** The record says it is unverified: weak-only support is then allowed and shown as such. */
  flaggedUnverified: boolean;
}

/** The strongest tier among a fact's sources (undefined if it cites none we know). */
export function strongestTier(sourceIds: readonly string[], tiers: ReadonlyMap<string, SourceTier>): SourceTier | undefined {
  let best: SourceTier | undefined;
  for (const id of sourceIds) {
    const tier = tiers.get(id);
    if (tier && (!best || RANK[tier] > RANK[best])) best = tier;
  }
  return best;
}

const ids = (cite: readonly Citation[]) => cite.map((c) => c.source);

/** Every fact-bearing record in the content, with what kind of fact it states. */
export function factsOf(content: ValidatedContent): Fact[] {
  const facts: Fact[] = [];
  for (const { file, data } of content.states) {
    const o = data.ottawa;
    if (o.cite.length)
      facts.push({ file, field: 'ottawa.cite', kind: 'legal status', sources: ids(o.cite), flaggedUnverified: o.unverified });
    const apii = data.ccwAmendedProtocolII;
    if (apii.cite.length)
      facts.push({ file, field: 'ccwAmendedProtocolII.cite', kind: 'legal status', sources: ids(apii.cite), flaggedUnverified: apii.unverified });
    o.article5?.extensions.forEach((e, i) =>
      facts.push({ file, field: `ottawa.article5.extensions.${i}.cite`, kind: 'date', sources: ids(e.cite), flaggedUnverified: e.unverified }),
    );
    if (o.article5?.completed)
      facts.push({
        file,
        field: 'ottawa.article5.completed.cite',
        kind: 'date',
        sources: ids(o.article5.completed.cite),
        flaggedUnverified: o.article5.completed.unverified,
      });
  }
  for (const { file, data } of content.instruments)
    for (const [kind, fact] of Object.entries(data.dates))
      if (fact) facts.push({ file, field: `dates.${kind}.cite`, kind: 'date', sources: ids(fact.cite), flaggedUnverified: false });
  for (const { file, data } of content.timeline)
    facts.push({ file, field: `events (${data.date})`, kind: 'date', sources: ids(data.cite), flaggedUnverified: data.unverified });
  for (const { file, data } of content.figures)
    facts.push({ file, field: 'cite', kind: 'figure', sources: ids(data.cite), flaggedUnverified: false });
  for (const { file, data } of content.casualties)
    data.rows.forEach((r) =>
      facts.push({ file, field: `rows (${r.year})`, kind: 'figure', sources: ids(r.cite), flaggedUnverified: false }),
    );
  for (const { file, data } of content.contamination)
    data.areas.forEach((a, i) =>
      facts.push({ file, field: `areas.${i}.cite`, kind: 'other', sources: ids(a.cite), flaggedUnverified: false }),
    );
  return facts;
}

export function tierMap(sources: readonly Located<Source>[]): Map<string, SourceTier> {
  return new Map(sources.map((s) => [s.data.id, s.data.tier]));
}

/** A legal status or a date whose every source is weak, and which does not say it is unverified. */
export function weakOnlyProblems(facts: readonly Fact[], tiers: ReadonlyMap<string, SourceTier>): Problem[] {
  return facts
    .filter((f) => (f.kind === 'legal status' || f.kind === 'date') && !f.flaggedUnverified)
    .filter((f) => strongestTier(f.sources, tiers) === 'weak')
    .map((f) => ({
      file: f.file,
      field: f.field,
      value: f.sources,
      message: `a ${f.kind} rests only on weak sources: cite a primary or established source, or mark the record unverified`,
    }));
}

export type TierCounts = Record<SourceTier | 'unknown', number>;

/** How many facts rest (at best) on each tier, for the build log. */
export function countFactsByTier(facts: readonly Fact[], tiers: ReadonlyMap<string, SourceTier>): TierCounts {
  const counts: TierCounts = { primary: 0, established: 0, weak: 0, unknown: 0 };
  for (const fact of facts) counts[strongestTier(fact.sources, tiers) ?? 'unknown'] += 1;
  return counts;
}

export function formatTierCounts(counts: TierCounts, total: number): string {
  return `Facts by their strongest source (${total}): primary ${counts.primary}, established ${counts.established}, weak only ${counts.weak}${counts.unknown ? `, no source ${counts.unknown}` : ''}.`;
}
