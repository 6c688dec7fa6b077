import { describe, expect, it } from '@jest/globals';
import { splitFirstUses, termForms, termMatcher } from '@/lib/glossaryLinks';
import { definitionRefs, termUsages } from '@/lib/glossaryUsage';

const matcher = termMatcher([
  termForms({ id: 'mine', term: 'Mine', aliases: [] }),
  termForms({ id: 'apm', term: 'Anti-personnel mine', aliases: [] }),
  termForms({ id: 'party', term: 'State Party', aliases: ['States Parties'] }),
  termForms({ id: 'retained', term: 'Retained mines (Article 3)', aliases: [] }),
]);

describe('termForms', () => {
  it('drops a parenthesis and adds the singular or plural', () => {
    expect(termForms({ id: 'retained', term: 'Retained mines (Article 3)', aliases: [] }).forms).toEqual([
      'Retained mines',
      'Retained mine',
    ]);
  });
});

describe('splitFirstUses', () => {
  it('links only the first use of each term, case-insensitively, preferring the longest form', () => {
    const linked = new Set<string>();
    const segments = splitFirstUses(
      'Anti-personnel mines are mines; States Parties destroy anti-personnel mines.',
      matcher,
      linked,
    );
    expect(segments).toEqual([
      { text: 'Anti-personnel mines', termId: 'apm' },
      { text: ' are ' },
      { text: 'mines', termId: 'mine' },
      { text: '; ' },
      { text: 'States Parties', termId: 'party' },
      { text: ' destroy anti-personnel mines.' },
    ]);
    expect(splitFirstUses('A State Party again.', matcher, linked)).toEqual([{ text: 'A State Party again.' }]);
  });

  it('does not match inside longer words or hyphenated compounds', () => {
    expect(splitFirstUses('landmines and mine-free areas', matcher, new Set())).toEqual([
      { text: 'landmines and mine-free areas' },
    ]);
  });
});

describe('termUsages', () => {
  it('lists each page that links a term once', () => {
    const usages = termUsages([
      { href: '/a/', title: 'A', raw: '<Term id="mine">mine</Term> and <Term id="mine">again</Term>' },
      { href: '/b/', title: 'B', raw: 'no terms' },
    ]);
    expect(usages.get('mine')).toEqual([{ href: '/a/', title: 'A' }]);
    expect(usages.get('apm')).toBeUndefined();
  });

  it('counts a page that uses a term in its prose, which the build links on first use', () => {
    const usages = termUsages([{ href: '/c/', title: 'C', raw: 'Each State Party must report.' }], matcher);
    expect(usages.get('party')).toEqual([{ href: '/c/', title: 'C' }]);
  });
});

describe('definitionRefs', () => {
  it('links a pinpoint to the article page where the site publishes the article, else to the instrument', () => {
    const refs = definitionRefs(
      [
        { source: 'ottawa-text', pin: 'Art. 2(2)' },
        { source: 'apii-text', pin: 'Art. 2(1)' },
      ],
      [{ instrument: 'ottawa', number: 2, cite: [{ source: 'ottawa-text' }] }],
      [
        { id: 'ottawa', shortTitle: 'Ottawa Treaty', cite: [{ source: 'unoda' }] },
        { id: 'ccw-amended-protocol-ii', shortTitle: 'Amended Protocol II', cite: [{ source: 'apii-text' }] },
      ],
    );
    expect(refs).toEqual([
      { label: 'Ottawa Treaty, Art. 2(2)', href: '/treaties/ottawa/article-2/' },
      { label: 'Amended Protocol II, Art. 2(1)', href: '/instruments/ccw-amended-protocol-ii/' },
    ]);
  });
});
