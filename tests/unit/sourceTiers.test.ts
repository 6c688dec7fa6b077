import { describe, expect, it } from '@jest/globals';
import { countFactsByTier, formatTierCounts, strongestTier, type Fact } from '@/lib/content/sourceTiers';

const tiers = new Map([
  ['treaty', 'primary' as const],
  ['monitor', 'established' as const],
  ['blog', 'weak' as const],
]);
const fact = (sources: string[]): Fact => ({ file: 'f', field: 'x', kind: 'date', sources, flaggedUnverified: false });

describe('source tiers', () => {
  it('class a fact by the strongest of its sources', () => {
    expect(strongestTier(['blog', 'monitor'], tiers)).toBe('established');
    expect(strongestTier(['blog'], tiers)).toBe('weak');
    expect(strongestTier([], tiers)).toBeUndefined();
  });

  it('count the facts resting on each tier, for the build log', () => {
    const counts = countFactsByTier(
      [fact(['treaty', 'blog']), fact(['monitor']), fact(['blog']), fact(['blog'])],
      tiers,
    );
    expect(counts).toEqual({ primary: 1, established: 1, weak: 2, unknown: 0 });
    expect(formatTierCounts(counts, 4)).toBe(
      'Facts by their strongest source (4): primary 1, established 1, weak only 2.',
    );
  });
});
