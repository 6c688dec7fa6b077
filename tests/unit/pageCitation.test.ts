import { describe, expect, it } from '@jest/globals';
import { Cite } from '@citation-js/core';
import { citationFormats, citationId } from '@/lib/citation/pageCitation';
import { paragraphPin, provisionFacts } from '@/lib/pageFacts';
import { absoluteUrl } from '@/lib/site';

const article5 = {
  instrument: 'ottawa',
  number: 5,
  title: 'Destruction of anti-personnel mines in mined areas',
  cite: [{ source: 'text' }],
  keyPoints: [],
  related: [],
  reviewed: '2026-11-24',
  changes: [{ date: '2026-11-24', summary: 'First published.' }],
  paragraphs: [
    { id: '1', text: 'Each State Party undertakes to destroy …' },
    { id: '2', text: 'Each State Party shall make every effort …' },
  ],
};
const facts = provisionFacts(article5, { id: 'ottawa', shortTitle: 'Ottawa Treaty (Mine Ban Convention)' });
const page = {
  title: `Ottawa Treaty (Mine Ban Convention), ${paragraphPin(article5, '1')}`,
  path: `${facts.path}#para-1`,
  reviewed: facts.reviewed,
};
const formats = citationFormats(page);

/** What a reference manager would import from each exported format. */
const parsed = (text: string) => new Cite(text).data[0]!;

describe('citationFormats', () => {
  it.each([
    ['BibTeX', formats.bibtex],
    ['RIS', formats.ris],
    ['CSL-JSON', formats.csl],
  ])('%s parses back to the same title, date and URL', (_label, text) => {
    const item = parsed(text);
    expect(item.title).toBe(page.title);
    expect(item.URL).toBe(absoluteUrl(page.path));
    expect(item.issued?.['date-parts'][0]?.slice(0, 1)).toEqual([Number(page.reviewed.slice(0, 4))]);
  });

  it('keeps the full review date in RIS and CSL-JSON', () => {
    const [y, m, d] = page.reviewed.split('-').map(Number);
    expect(parsed(formats.ris).issued?.['date-parts'][0]).toEqual([y, m, d]);
    expect(parsed(formats.csl).issued?.['date-parts'][0]).toEqual([y, m, d]);
  });

  it('renders APA 7, MLA 9 and Chicago 17 from the CSL styles, each with the pinpoint, date and address', () => {
    expect(formats.apa).toMatch(/^Landmine Law Explainer\. \(2026, November 24\)\. Ottawa Treaty .*Art\. 5\(1\)\./);
    expect(formats.mla).toContain('24 Nov. 2026');
    expect(formats.chicago).toContain('November 24, 2026');
    for (const text of [formats.apa, formats.mla, formats.chicago]) {
      expect(text).toContain('Art. 5(1)');
      expect(text).toContain(absoluteUrl(page.path));
    }
  });

  it('gives each page and paragraph its own citation key', () => {
    expect(citationId('/states/ukr/')).toBe('landmine-law-states-ukr');
    expect(citationId('/treaties/ottawa/article-5/#para-1')).toBe('landmine-law-treaties-ottawa-article-5-para-1');
    expect(citationId('/')).toBe('landmine-law-home');
    expect(formats.bibtex).toMatch(/^@misc\{landmine_law_treaties_ottawa_article_5_para_1,/);
  });
});
