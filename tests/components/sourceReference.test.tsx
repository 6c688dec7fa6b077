/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { SourceReference } from '@/components/citations/SourceReference';
import { formatReference } from '@/lib/citations';
import type { Source } from '@/lib/content/schemas';

const source: Source = {
  id: 'lm-2025',
  type: 'ngo',
  tier: 'established',
  title: 'Landmine Monitor 2025',
  author: 'International Campaign to Ban Landmines',
  publisher: 'International Campaign to Ban Landmines',
  date: '2025-12',
  url: 'https://the-monitor.org/reports/lm2025',
  accessed: '2026-11-30',
};

describe('SourceReference', () => {
  it('draws the same parts as the plain-text reference, naming a publisher only when it is not the author', () => {
    const { container } = render(<SourceReference source={source} />);
    expect(container.textContent).toBe(
      'International Campaign to Ban Landmines, Landmine Monitor 2025, December 2025. Source · Archived copy. Accessed 30 November 2026.',
    );
    expect(formatReference(source)).toBe(
      'International Campaign to Ban Landmines, "Landmine Monitor 2025" (December 2025). https://the-monitor.org/reports/lm2025 (accessed 30 November 2026).',
    );
    const withPublisher = render(<SourceReference source={{ ...source, author: 'Mine Action Review' }} />);
    expect(withPublisher.container.textContent).toContain(
      'Mine Action Review, Landmine Monitor 2025, International Campaign to Ban Landmines, December 2025.',
    );
  });

  it('links to the source, an archived copy and, from a page’s notes, its record, with what it is cited for', () => {
    render(
      <SourceReference source={source} record>
        <span> Cited for: p. 12.</span>
      </SourceReference>,
    );
    expect(screen.getByRole('link', { name: 'Source' }).getAttribute('href')).toBe(source.url);
    expect(screen.getByRole('link', { name: 'Archived copy' }).getAttribute('href')).toBe(
      'https://web.archive.org/web/20261130000000/https://the-monitor.org/reports/lm2025',
    );
    expect(screen.getByRole('link', { name: 'Record' }).getAttribute('href')).toBe('/sources/ngo/2025/#source-lm-2025');
    expect(screen.getByText('Accessed 30 November 2026.', { exact: false }).previousSibling?.textContent).toBe(
      ' Cited for: p. 12.',
    );
  });

  it('in brief (the hover card) gives only author, title and date, without links', () => {
    const { container } = render(<SourceReference source={source} brief />);
    expect(container.textContent).toBe('International Campaign to Ban Landmines, Landmine Monitor 2025, December 2025');
    expect(container.querySelector('a')).toBeNull();
  });
});
