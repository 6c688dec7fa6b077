import { describe, expect, it } from '@jest/globals';
import { archiveUrl, citationsInMdx, formatReference, numberCitations } from '@/lib/citations';
import type { Source } from '@/lib/content/schemas';
import { fakeSource } from './sourceFixture';

describe('numberCitations', () => {
  it('looks each source up once, so that what draws the notes is handed the records', () => {
    const looked: string[] = [];
    const notes = numberCitations([{ source: 'a' }, { source: 'b' }, { source: 'a', pin: 'p. 2' }], (id) => {
      looked.push(id);
      return fakeSource(id);
    });
    expect(looked).toEqual(['a', 'b']);
    expect(notes.list.map((n) => n.source.title)).toEqual(['Title a', 'Title b']);
    expect(notes.sourceOf('b').author).toBe('Author b');
    expect(() => notes.sourceOf('c')).toThrow('"c" was not registered');
  });

  it('numbers sources by first use and reuses a number when a source is cited again', () => {
    const notes = numberCitations(
      [{ source: 'b' }, { source: 'a', pin: 'Art. 1' }, { source: 'b', pin: 'p. 4' }, { source: 'a', pin: 'Art. 1' }],
      fakeSource,
    );
    expect(notes.numberOf('b')).toBe(1);
    expect(notes.numberOf('a')).toBe(2);
    expect(notes.list).toEqual([
      { number: 1, sourceId: 'b', source: fakeSource('b'), pins: ['p. 4'] },
      { number: 2, sourceId: 'a', source: fakeSource('a'), pins: ['Art. 1'] },
    ]);
  });

  it('gives the backlink anchor to the first mark of each note only', () => {
    const notes = numberCitations([{ source: 'a' }, { source: 'b' }], fakeSource);
    expect(notes.claimBacklinkId('b')).toBe('cite-2');
    expect(notes.claimBacklinkId('b')).toBeUndefined();
    expect(notes.claimBacklinkId('a')).toBe('cite-1');
  });

  it('refuses a citation the page did not register', () => {
    expect(() => numberCitations([], fakeSource).numberOf('x')).toThrow('"x" was not registered');
  });
});

describe('citationsInMdx', () => {
  it('finds Cite, Quote and Stat in reading order, expanding a figure to its sources', () => {
    const raw = 'A<Quote source="text" pin="Art. 1(1)">…</Quote> B <Stat id="parties" /> C<Cite source="report" />';
    const figures = (name: string, props: Readonly<Record<string, unknown>>) =>
      name === 'Stat' && props.id === 'parties' ? [{ source: 'monitor' }] : [];
    expect(citationsInMdx(raw, figures)).toEqual([
      { source: 'text', pin: 'Art. 1(1)' },
      { source: 'monitor' },
      { source: 'report' },
    ]);
  });

  it('reads attributes however they are quoted: double, single or a string expression', () => {
    const raw = `One.<Cite source="a" pin="Art. 1" /> Two.<Cite source='b' pin='Art. 2' /> Three.<Cite source={"c"} pin={'Art. 3'} />`;
    expect(citationsInMdx(raw)).toEqual([
      { source: 'a', pin: 'Art. 1' },
      { source: 'b', pin: 'Art. 2' },
      { source: 'c', pin: 'Art. 3' },
    ]);
  });

  it('ignores markup shown as code, which the page prints instead of rendering', () => {
    const raw =
      'Write `<Cite source="shown" />` after a fact.<Cite source="real" />\n\n```mdx\n<Cite source="also-shown" />\n```\n';
    expect(citationsInMdx(raw)).toEqual([{ source: 'real' }]);
  });

  it('reads a mark whose pinpoint contains ">" or a line break', () => {
    const raw = 'A fact.<Cite\n  source="a"\n  pin="Art. 3 > para. 2"\n/>';
    expect(citationsInMdx(raw)).toEqual([{ source: 'a', pin: 'Art. 3 > para. 2' }]);
  });
});

const source: Source = {
  id: 'unoda-joining-apmbc',
  type: 'intergovernmental',
  tier: 'established',
  title: 'Joining the Mine Ban Convention',
  author: 'United Nations Office for Disarmament Affairs',
  url: 'https://disarmament.unoda.org/joining',
  accessed: '2026-11-24',
};

describe('source formatting', () => {
  it('derives a Wayback Machine link from the access date unless an archive is recorded', () => {
    expect(archiveUrl(source)).toBe('https://web.archive.org/web/20261124000000/https://disarmament.unoda.org/joining');
    expect(archiveUrl({ ...source, archivedUrl: 'https://archive.example/x' })).toBe('https://archive.example/x');
  });

  it('formats a copyable reference, with n.d. for an undated page', () => {
    expect(formatReference(source)).toBe(
      'United Nations Office for Disarmament Affairs, "Joining the Mine Ban Convention" (n.d.). https://disarmament.unoda.org/joining (accessed 24 November 2026).',
    );
  });
});
