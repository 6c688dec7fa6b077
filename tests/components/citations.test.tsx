/** @jest-environment jsdom */
import { SITE_URL } from '@/lib/site';
import { describe, expect, it, type jest as JestObject } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { CiteCardTemplates, CiteMark, CiteMarks } from '@/components/citations/CiteMark';
import { Stat } from '@/components/facts/Stat';
import { ProvisionText } from '@/components/provisions/ProvisionText';
import { numberCitations } from '@/lib/citations';
import { fakeSource } from '../unit/sourceFixture';

// The global, so that the SWC transform hoists jest.mock above the imports.
declare const jest: typeof JestObject;
// The hover card names each source; these tests cite made-up ids, so give each a record.
jest.mock('@/lib/content', () => ({
  getSource: (id: string) => ({ id, author: `Author ${id}`, title: `Title ${id}`, date: '2020-01-02' }),
}));

describe('CiteMark', () => {
  it('links to its numbered note and names the pinpoint for screen readers', () => {
    const notes = numberCitations([{ source: 'a' }, { source: 'b', pin: 'Art. 20(3)' }], fakeSource);
    render(<CiteMark notes={notes} cite={{ source: 'b', pin: 'Art. 20(3)' }} />);
    const link = screen.getByRole('link', { name: 'Source 2, Art. 20(3)' });
    expect(link.getAttribute('href')).toBe('#note-2');
    expect(link.id).toBe('cite-2');
  });
});

describe('CiteMarks', () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
  const notes = numberCitations(
    ids.map((source) => ({ source })),
    fakeSource,
  );

  it('collapses consecutive notes into one range inside one bracket, keeping a jump target for each', () => {
    const { container } = render(
      <CiteMarks notes={notes} cites={['e', 'a', 'c', 'd', 'f'].map((source) => ({ source }))} />,
    );
    const marks = container.querySelectorAll('sup.cite');
    expect(marks).toHaveLength(1);
    const links = [...marks[0]!.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).toEqual(['1', '3–6']);
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['#note-1', '#note-3']);
    expect(screen.getByRole('link', { name: 'Sources 3–6' })).toBeTruthy();
    // The reference list links back to each note's first citation: every one must exist.
    for (const n of [1, 3, 4, 5, 6]) expect(container.querySelector(`#cite-${n}`)).not.toBeNull();
  });

  it('shows each reference of a run in a card beside the mark, with its pinpoint', () => {
    const fresh = numberCitations([{ source: 'a' }, { source: 'b', pin: 'Art. 1' }], fakeSource);
    const { container } = render(<CiteMarks notes={fresh} cites={[{ source: 'b', pin: 'Art. 1' }]} />);
    expect(container.querySelector('.cite-card')?.textContent).toBe('2. Author b, Title b, 2 January 2020 (Art. 1).');
    expect(container.querySelector('.cite-card')?.getAttribute('aria-hidden')).toBe('true');
  });
});

describe('shared hover cards (pages with hundreds of marks)', () => {
  const notes = numberCitations([{ source: 'a' }, { source: 'b', pin: 'Art. 1' }, { source: 'c' }], fakeSource, {
    cards: 'shared',
  });

  it('leaves the card out of the mark and names its notes and pinpoints for the island', () => {
    const { container } = render(
      <CiteMarks notes={notes} cites={[{ source: 'c' }, { source: 'a' }, { source: 'b', pin: 'Art. 1' }]} />,
    );
    expect(container.querySelector('.cite-card')).toBeNull();
    const link = screen.getByRole('link', { name: 'Sources 1–3' });
    expect(link.getAttribute('href')).toBe('#note-1');
    expect(link.getAttribute('data-card')).toBe('1|2=Art. 1|3');
  });

  it('renders each source’s card once, in an inert template, as the inline card draws it', () => {
    // As the browser meets it: parsed from the server's HTML, the items go into the template's content.
    const container = document.createElement('div');
    container.innerHTML = renderToStaticMarkup(<CiteCardTemplates notes={notes} />);
    const template = container.querySelector('template[data-cite-cards]') as HTMLTemplateElement;
    const items = [...template.content.querySelectorAll('[data-note]')];
    expect(items.map((i) => [i.getAttribute('data-note'), i.textContent])).toEqual([
      ['1', '1. Author a, Title a, 2 January 2020'],
      ['2', '2. Author b, Title b, 2 January 2020'],
      ['3', '3. Author c, Title c, 2 January 2020'],
    ]);
    // Nothing of it is on the page until the island copies it into a card.
    expect(container.textContent).toBe('');
  });
});

describe('Stat', () => {
  it('shows the number with its unit, its "as of" date and its sources', () => {
    const figure = {
      id: 'p',
      label: 'States Parties',
      value: 166,
      unit: { one: 'State Party', other: 'States Parties' },
      asOf: '2025-12-01',
      cite: [{ source: 'monitor' }],
    };
    const { container } = render(<Stat figure={figure} notes={numberCitations(figure.cite, fakeSource)} />);
    // What is seen: the hover card is hidden until the mark is hovered or focused.
    container.querySelectorAll('.cite-card').forEach((card) => card.remove());
    expect(container.textContent).toBe('166 States Parties (as of 1 December 2025)[1]');
    expect(container.querySelector('time')?.getAttribute('datetime')).toBe('2025-12-01');
  });
});

describe('ProvisionText', () => {
  it('gives every paragraph a stable anchor and a link to itself', () => {
    const provision = {
      instrument: 'ottawa',
      number: 20,
      title: 'Duration and withdrawal',
      cite: [{ source: 'text' }],
      keyPoints: [],
      related: [],
      reviewed: '2026-11-24',
      changes: [{ date: '2026-11-24', summary: 'First published.' }],
      paragraphs: [
        { id: '1', text: 'This Convention shall be of unlimited duration.' },
        { id: '2', text: 'Each State Party shall…' },
      ],
    };
    const { container } = render(
      <ProvisionText
        provision={provision}
        notes={numberCitations([{ source: 'text' }], fakeSource)}
        label="Article 20"
        path="/treaties/ottawa/article-20/"
        treaty="Ottawa Treaty"
      />,
    );
    expect([...container.querySelectorAll('.paragraph')].map((p) => p.id)).toEqual(['para-1', 'para-2']);
    const link = screen.getByRole('link', { name: 'Link to Article 20, paragraph 2' });
    expect(link.getAttribute('href')).toBe('#para-2');
    expect(link.getAttribute('data-copy')).toBe(
      `Ottawa Treaty, Article 20(2): ${SITE_URL}/treaties/ottawa/article-20/#para-2`,
    );
    expect(container.querySelectorAll('button')).toHaveLength(0);
    expect(container.querySelector('blockquote')?.textContent).toContain(
      'This Convention shall be of unlimited duration.',
    );
  });
});

describe('CiteMarks with many scattered notes', () => {
  it('joins more than three separate notes into one link that names them all', () => {
    const notes = numberCitations(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((source) => ({ source })),
      fakeSource,
    );
    const { container } = render(
      <CiteMarks notes={notes} cites={['a', 'c', 'e', 'g'].map((source) => ({ source }))} />,
    );
    const links = [...container.querySelectorAll('sup.cite a')];
    expect(links.map((a) => a.textContent)).toEqual(['1, 3, 5, 7']);
    expect(links[0]!.getAttribute('aria-label')).toBe('Sources 1, 3, 5, 7');
    expect(container.querySelectorAll('.cite-card-item')).toHaveLength(4);
  });
});
