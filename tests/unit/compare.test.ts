import { describe, expect, it } from '@jest/globals';
import {
  buildMatrix,
  compareOn,
  policyChanges,
  policyVersions,
  positionLabel,
  versionRelation,
} from '@/lib/compare/matrix';
import { matrixCsv, matrixRecords } from '@/lib/compare/openData';
import {
  byInstrumentDate,
  findPair,
  instrumentDate,
  instrumentPairs,
  orderInstruments,
  pairsStartingWith,
  placingDate,
} from '@/lib/compare/order';
import type { Dimension, Instrument, Source, Stance } from '@/lib/content/schemas';

const dims: Dimension[] = [
  { id: 'use', label: 'Use', definition: 'Use.' },
  { id: 'transfer', label: 'Transfer', definition: 'Transfer.' },
];

const instrument = (
  id: string,
  kind: Instrument['kind'],
  date: string,
  stances: [Stance, Stance],
  actor?: string,
): Instrument => ({
  id,
  title: id,
  shortTitle: id,
  kind,
  jurisdiction: actor ? 'United States' : 'International',
  ...(actor ? { actor } : {}),
  dates: { [kind === 'treaty' ? 'adopted' : 'announced']: { date, cite: [{ source: 's' }] } },
  supersedes: [],
  summary: 's',
  asOf: '2026-11-24',
  changes: [{ date: '2026-11-24', summary: 'First published.' }],
  cite: [{ source: 's' }],
  positions: Object.fromEntries(
    dims.map((d, i) => [
      d.id,
      { stance: stances[i]!, summary: `${id} ${d.id}`, cite: [{ source: 's', pin: `§${i + 1}` }] },
    ]),
  ),
});

const ottawa = instrument('ottawa', 'treaty', '1997-09-18', ['prohibited', 'prohibited']);
const us2020 = instrument('us-2020', 'national-policy', '2020-01-31', ['permitted', 'prohibited'], 'united-states');
const us2022 = instrument('us-2022', 'national-policy', '2022-06-21', ['restricted', 'prohibited'], 'united-states');
const us2024 = instrument('us-2024', 'decision', '2024-11-20', ['not-addressed', 'permitted'], 'united-states');
const all = [us2024, us2020, ottawa, us2022];

describe('instrument order and pairs', () => {
  it('puts treaties first, then each actor’s policies by date', () => {
    expect(orderInstruments(all).map((i) => i.id)).toEqual(['ottawa', 'us-2020', 'us-2022', 'us-2024']);
  });

  it('gives every pair exactly once, earlier instrument first', () => {
    const pairs = instrumentPairs(all).map(([a, b]) => `${a.id}/${b.id}`);
    expect(pairs).toHaveLength(6);
    expect(pairs).toContain('ottawa/us-2022');
    expect(pairs).not.toContain('us-2022/ottawa');
  });
});

describe('the date an instrument is placed at, and pairs by address', () => {
  it('shows and cites one date: adopted before announced, so the note is the one for the date shown', () => {
    const pdd = {
      dates: {
        announced: { date: '1998-05-15', cite: [{ source: 'press-release' }] },
        adopted: { date: '1998-06-23', cite: [{ source: 'directive' }] },
      },
    };
    expect(placingDate(pdd)).toEqual({ date: '1998-06-23', cite: [{ source: 'directive' }] });
    expect(instrumentDate(pdd)).toBe('1998-06-23');
    expect(instrumentDate({ dates: {} })).toBe('9999-12-31');
  });

  it('orders by that date, oldest first', () => {
    expect(byInstrumentDate(all).map((i) => i.id)).toEqual(['ottawa', 'us-2020', 'us-2022', 'us-2024']);
  });

  it('finds a pair only at its canonical address, and lists the pairs that start with an instrument', () => {
    expect(findPair(all, 'ottawa', 'us-2022')?.map((i) => i.id)).toEqual(['ottawa', 'us-2022']);
    expect(findPair(all, 'us-2022', 'ottawa')).toBeUndefined();
    expect(pairsStartingWith(instrumentPairs(all), 'us-2020').map(([, b]) => b.id)).toEqual(['us-2022', 'us-2024']);
  });

  it('tells consecutive versions of one policy from versions with others between, and from unrelated pairs', () => {
    expect(versionRelation([us2020, us2022], all)).toBe('consecutive');
    expect(versionRelation([us2020, us2024], all)).toBe('apart');
    expect(versionRelation([ottawa, us2022], all)).toBe('unrelated');
  });
});

describe('comparison', () => {
  it('builds a full matrix: every instrument on every dimension', () => {
    const { columns, rows } = buildMatrix(all, dims);
    expect(rows.map((r) => r.cells.map((c) => c.position.stance))).toEqual([
      ['prohibited', 'permitted', 'restricted', 'not-addressed'],
      ['prohibited', 'prohibited', 'prohibited', 'permitted'],
    ]);
    expect(columns).toHaveLength(4);
  });

  it('lists differences before agreements for a pair', () => {
    const { differ, agree } = compareOn([ottawa, us2022], dims);
    expect(differ.map((r) => r.dimension.id)).toEqual(['use']);
    expect(agree.map((r) => r.dimension.id)).toEqual(['transfer']);
  });

  it('finds what changed between consecutive versions, setting apart points the new one is silent on', () => {
    const changes = policyChanges(policyVersions(all, 'united-states'), dims);
    expect(
      changes.map((c) => [
        c.from.id,
        c.to.id,
        c.changed.map((d) => d.dimension.id),
        c.notRestated.map((d) => d.dimension.id),
      ]),
    ).toEqual([
      ['us-2020', 'us-2022', ['use'], []],
      ['us-2022', 'us-2024', ['transfer'], ['use']],
    ]);
  });
});

describe('matrix open data', () => {
  const source: Source = {
    id: 's',
    type: 'treaty',
    tier: 'primary',
    title: 'Text, "quoted"',
    author: 'UN',
    url: 'https://example.org/t',
    accessed: '2026-11-24',
  };
  const records = matrixRecords(all, dims, () => source);

  it('has one record per cell, each with its citations resolved', () => {
    expect(records).toHaveLength(8);
    expect(records[0]).toMatchObject({
      instrument: 'ottawa',
      dimension: 'use',
      stance: 'Prohibited',
      citations: [{ source: 's', pin: '§1', url: 'https://example.org/t' }],
    });
  });

  it('writes the same records as CSV with quotes escaped', () => {
    const lines = matrixCsv(records).trim().split('\r\n');
    expect(lines).toHaveLength(9);
    expect(lines[1]).toContain('"Text, ""quoted"", §1 <https://example.org/t>"');
  });
});

describe('dimensions with their own scale', () => {
  const geo: Dimension = {
    id: 'geographic-exceptions',
    label: 'Geographic exceptions',
    definition: 'Where.',
    scale: [
      { id: 'no-exception', label: 'No exception: the same rule everywhere' },
      { id: 'korea-only', label: 'Korean Peninsula excepted' },
      { id: 'no-geographic-limit', label: 'No geographic limit on use' },
    ],
  };
  const withGeo = (id: string, stance: Stance, level: string | undefined) => {
    const base = instrument(id, 'national-policy', '2020-01-31', ['prohibited', 'prohibited'], 'united-states');
    return {
      ...base,
      positions: {
        ...base.positions,
        [geo.id]: { stance, ...(level ? { level } : {}), summary: id, cite: [{ source: 's' }] },
      },
    };
  };
  const treaty = withGeo('treaty', 'prohibited', 'no-exception');
  const memo = withGeo('memo', 'prohibited', 'no-geographic-limit');

  it('name a position by its level, not by a stance that does not fit the dimension', () => {
    expect(positionLabel(geo, treaty.positions[geo.id]!)).toBe('No exception: the same rule everywhere');
    expect(positionLabel(geo, memo.positions[geo.id]!)).toBe('No geographic limit on use');
    expect(positionLabel(dims[0]!, ottawa.positions.use!)).toBe('Prohibited');
  });

  it('count two positions with the same stance but different levels as a difference', () => {
    const { differ, agree } = compareOn([treaty, memo], [...dims, geo]);
    expect(differ.map((r) => r.dimension.id)).toEqual(['geographic-exceptions']);
    expect(agree).toHaveLength(2);
  });

  it('show a change of level between policy versions as a change', () => {
    const [change] = policyChanges(
      [withGeo('a', 'permitted', 'korea-only'), withGeo('b', 'permitted', 'no-geographic-limit')],
      [geo],
    );
    expect(change!.changed.map((c) => c.dimension.id)).toEqual(['geographic-exceptions']);
  });
});
