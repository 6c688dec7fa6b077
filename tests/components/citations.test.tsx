/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { CiteMark } from '@/components/citations/CiteMark';
import { Stat } from '@/components/facts/Stat';
import { ProvisionText } from '@/components/provisions/ProvisionText';
import { numberCitations } from '@/lib/citations';

describe('CiteMark', () => {
  it('links to its numbered note and names the pinpoint for screen readers', () => {
    const notes = numberCitations([{ source: 'a' }, { source: 'b', pin: 'Art. 20(3)' }]);
    render(<CiteMark notes={notes} cite={{ source: 'b', pin: 'Art. 20(3)' }} />);
    const link = screen.getByRole('link', { name: 'Source 2, Art. 20(3)' });
    expect(link.getAttribute('href')).toBe('#note-2');
    expect(link.id).toBe('cite-2');
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
    const { container } = render(<Stat figure={figure} notes={numberCitations(figure.cite)} />);
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
      sources: ['text'],
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
        notes={numberCitations([{ source: 'text' }])}
        label="Article 20"
        path="/treaties/ottawa/article-20/"
        treaty="Ottawa Treaty"
      />,
    );
    expect([...container.querySelectorAll('.paragraph')].map((p) => p.id)).toEqual(['para-1', 'para-2']);
    expect(screen.getByRole('link', { name: 'Link to Article 20, paragraph 2' }).getAttribute('href')).toBe('#para-2');
    expect(container.querySelector('blockquote')?.textContent).toContain(
      'This Convention shall be of unlimited duration.',
    );
  });
});
