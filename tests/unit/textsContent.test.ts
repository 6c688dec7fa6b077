import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { loadRawDocuments } from '@/lib/content/rawDocuments';
import { validateDocuments } from '@/lib/content/validate';
import { provisionSlug } from '@/lib/provisionSlugs';

/**
 * The structure every authentic text must share with the English (issue 16): for each part in
 * each language, exactly the English paragraph ids in the same order, so that `#para-<id>`
 * anchors and side-by-side rows line up; and an official language has every part.
 */
const root = path.resolve(__dirname, '../..');
const { content } = validateDocuments(loadRawDocuments(path.join(root, 'content'), root).documents);
const english = content.provisions.filter((p) => p.data.instrument === 'ottawa').map((p) => p.data);
const englishIds = (number: number) => english.find((p) => p.number === number)?.paragraphs.map((p) => p.id);

describe('the authentic texts in content/texts/ottawa/', () => {
  it('has an English record, official, whose text is the provisions', () => {
    const en = content.textLanguages.find((l) => l.data.language === 'en');
    expect(en?.data.status).toBe('official');
    expect(english.map((p) => provisionSlug(p.number))).toContain('preamble');
  });

  it('splits every part of every language into the English paragraph ids, in the same order', () => {
    const mismatched = content.textParts
      .filter(
        (p) => JSON.stringify(p.data.paragraphs.map((para) => para.id)) !== JSON.stringify(englishIds(p.data.number)),
      )
      .map((p) => p.file);
    expect(mismatched).toEqual([]);
  });

  it('gives every official language every part of the English', () => {
    const all = english.map((p) => p.number).sort((a, b) => a - b);
    const incomplete = content.textLanguages
      .filter((l) => l.data.status === 'official' && l.data.language !== 'en')
      .filter((l) => {
        const parts = content.textParts.filter((p) => p.data.language === l.data.language).map((p) => p.data.number);
        return all.some((n) => !parts.includes(n));
      })
      .map((l) => l.data.language);
    expect(incomplete).toEqual([]);
  });
});
