import { describe, expect, it } from '@jest/globals';
import { supersessions } from '@/lib/instruments';
import { provisionsOf } from '@/lib/provisionSlugs';

const policy = (id: string, supersedes: string[] = []) => ({ id, supersedes });

describe('supersessions', () => {
  const all = [policy('us-2014'), policy('us-2020', ['us-2014']), policy('us-2022', ['us-2020']), policy('other')];

  it('names what an instrument replaced and what replaced it', () => {
    expect(supersessions(all[1]!, all)).toEqual({ replaces: [all[0]], replacedBy: [all[2]] });
    expect(supersessions(all[3]!, all)).toEqual({ replaces: [], replacedBy: [] });
  });

  it('fails loudly on a `supersedes` id that is not an instrument, instead of drawing a dead link', () => {
    expect(() => supersessions(policy('x', ['missing']), all)).toThrow(
      'x supersedes "missing", which is not an instrument',
    );
  });
});

describe('provisionsOf', () => {
  it('keeps one instrument’s provisions in their order', () => {
    const list = [
      { instrument: 'ottawa', number: 0 },
      { instrument: 'ccw', number: 1 },
      { instrument: 'ottawa', number: 1 },
    ];
    expect(provisionsOf(list, 'ottawa')).toEqual([list[0], list[2]]);
  });
});
