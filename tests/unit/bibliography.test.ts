import { describe, expect, it } from '@jest/globals';
import { bibliography, partLabel, partPhrase } from '@/lib/bibliography';
import { allRoutes, bibliographyRoutes, paths } from '@/lib/routes';
import type { Source } from '@/lib/content/schemas';
import { fakeSource } from './sourceFixture';

const source = (id: string, type: Source['type'], date: string | null): Source => ({ ...fakeSource(id), type, date });

const sample = [
  source('lm-2019-chad', 'ngo', '2019-11'),
  source('icbl-undated', 'ngo', null),
  source('lm-1999-togo', 'ngo', '1999'),
  source('lm-2019-peru', 'ngo', '2019-11-20'),
  source('reuters-2025', 'news', '2025-03-04'),
  source('ottawa-text', 'treaty', '1997-09-18'),
];

describe('paths.sourceRecord', () => {
  it('links an NGO source to its entry on the page for its year of publication', () => {
    expect(paths.sourceRecord(sample[0]!)).toBe('/sources/ngo/2019/#source-lm-2019-chad');
    expect(paths.sourceRecord(sample[2]!)).toBe('/sources/ngo/1999/#source-lm-1999-togo');
  });

  it('links an undated NGO source to the undated page', () => {
    expect(paths.sourceRecord(sample[1]!)).toBe('/sources/ngo/undated/#source-icbl-undated');
  });

  it('links a source of a type shown whole to its type page', () => {
    expect(paths.sourceRecord(sample[4]!)).toBe('/sources/news/#source-reuters-2025');
    expect(paths.sourceRecord(sample[5]!)).toBe('/sources/treaty/#source-ottawa-text');
  });

  it('keeps every entry where it was when more sources are added', () => {
    const before = sample.map((s) => paths.sourceRecord(s));
    const more = [
      ...sample,
      ...Array.from({ length: 600 }, (_, i) => source(`extra-${i}`, 'ngo', `${1997 + (i % 30)}`)),
    ];
    expect(more.slice(0, sample.length).map((s) => paths.sourceRecord(s))).toEqual(before);
  });
});

describe('bibliography', () => {
  const types = bibliography(sample);

  it('lists the types that have sources, in the schema order, each with its page', () => {
    expect(types.map((t) => [t.type, t.path, t.sources.length])).toEqual([
      ['treaty', '/sources/treaty/', 1],
      ['ngo', '/sources/ngo/', 4],
      ['news', '/sources/news/', 1],
    ]);
  });

  it('splits the NGO sources by year, oldest first and the undated last, each source on one page', () => {
    const ngo = types.find((t) => t.type === 'ngo')!;
    expect(ngo.parts.map((p) => [p.part, p.path, p.sources.map((s) => s.id)])).toEqual([
      ['1999', '/sources/ngo/1999/', ['lm-1999-togo']],
      ['2019', '/sources/ngo/2019/', ['lm-2019-chad', 'lm-2019-peru']],
      ['undated', '/sources/ngo/undated/', ['icbl-undated']],
    ]);
    expect(types.find((t) => t.type === 'news')!.parts).toEqual([]);
  });

  it('names the year pages for readers', () => {
    expect([partLabel('1999'), partLabel('undated')]).toEqual(['1999', 'Undated']);
    expect([partPhrase('1999'), partPhrase('undated')]).toEqual(['published in 1999', 'without a publication date']);
  });
});

describe('bibliographyRoutes', () => {
  it('gives every type page and every year page, each once, and the route list includes them', () => {
    const routes = bibliographyRoutes(sample);
    expect(routes).toEqual([
      '/sources/news/',
      '/sources/ngo/',
      '/sources/treaty/',
      '/sources/ngo/1999/',
      '/sources/ngo/2019/',
      '/sources/ngo/undated/',
    ]);
    // Every link to an entry goes to one of these pages.
    for (const s of sample) expect(routes).toContain(paths.sourcePage(s));
    const all = allRoutes({ instruments: [], provisions: [], topics: [], states: [], pairs: [], sources: sample });
    expect(all).toEqual(expect.arrayContaining([paths.sources, ...routes]));
  });
});
