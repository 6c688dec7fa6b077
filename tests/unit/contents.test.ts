import { describe, expect, it } from '@jest/globals';
import { contentsOfMdx, headingId, plainHeading } from '@/lib/contents';

describe('headingId', () => {
  it('makes a stable, readable id from heading text', () => {
    expect(headingId("What the Monitor's figures mean (2024)")).toBe('what-the-monitors-figures-mean-2024');
    expect(headingId('Côte d’Ivoire — clearance')).toBe('cote-divoire-clearance');
  });
});

describe('plainHeading', () => {
  it('keeps the words of links, terms and emphasis', () => {
    expect(plainHeading('The [Ottawa Treaty](/treaties/ottawa/) and *its* <Term id="accession">accession</Term>')).toBe(
      'The Ottawa Treaty and its accession',
    );
  });
});

describe('contentsOfMdx', () => {
  it('lists ## headings with ### nested under them, skipping code fences', () => {
    const raw = [
      'Intro',
      '## Casualties',
      'text',
      '### By year',
      '```',
      '## not a heading',
      '```',
      '## Contamination',
    ].join('\n');
    expect(contentsOfMdx(raw)).toEqual([
      { id: 'casualties', text: 'Casualties', children: [{ id: 'by-year', text: 'By year', children: [] }] },
      { id: 'contamination', text: 'Contamination', children: [] },
    ]);
  });
});
