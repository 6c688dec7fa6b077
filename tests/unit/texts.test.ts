import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatProblem, sortProblems } from '@/lib/content/problems';
import { loadRawDocuments } from '@/lib/content/rawDocuments';
import { validateDocuments } from '@/lib/content/validate';
import { citationFormats } from '@/lib/citation/pageCitation';
import { citationMetaTags } from '@/lib/pageMetadata';
import { paths, textRoutes } from '@/lib/routes';
import { textPartFacts } from '@/lib/textPages';
import { textPairRedirect } from '@/lib/server/requestPath';
import {
  alignParagraphs,
  buildTexts,
  missingParts,
  paragraphStructureProblem,
  sharedParts,
  textPairs,
  type TextPartView,
} from '@/lib/texts';

/** A small valid content tree: English (preamble, Article 1), French official, Spanish partial, Arabic not found. */
const FIXTURE = path.resolve(__dirname, '../fixtures/texts');

function load(root = FIXTURE) {
  const { documents, problems } = loadRawDocuments(path.join(root, 'content'), root);
  const result = validateDocuments(documents);
  return { problems: sortProblems([...problems, ...result.problems]).map(formatProblem), content: result.content };
}

/** Copies the fixture, applies one change (a file's new text, or null to delete it) and validates the copy. */
function validateWith(changes: Record<string, string | null | ((text: string) => string)>) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'texts-'));
  fs.cpSync(FIXTURE, root, { recursive: true });
  for (const [rel, change] of Object.entries(changes)) {
    const full = path.join(root, 'content', rel);
    if (change === null) fs.rmSync(full);
    else {
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, typeof change === 'function' ? change(fs.readFileSync(full, 'utf8')) : change);
    }
  }
  try {
    return load(root).problems;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
const edit = (from: string, to: string) => (text: string) => {
  if (!text.includes(from)) throw new Error(`fixture has no "${from}"`);
  return text.replace(from, to);
};

describe('authentic texts: validation', () => {
  it('accepts the fixture', () => {
    expect(load().problems).toEqual([]);
  });

  it('names the file, field and value of a schema error in a language record', () => {
    expect(validateWith({ 'texts/ottawa/fr/language.yaml': edit('dir: ltr', 'dir: sideways') })).toEqual([
      'content/texts/ottawa/fr/language.yaml: dir: must be ltr or rtl (value: "sideways")',
    ]);
    expect(validateWith({ 'texts/ottawa/ar/language.yaml': edit('dir: rtl', 'dir: ltr') })).toEqual([
      'content/texts/ottawa/ar/language.yaml: dir: must be rtl for Arabic (value: "ltr")',
    ]);
    expect(validateWith({ 'texts/ottawa/fr/language.yaml': edit('language: fr', 'language: de') })).toEqual([
      'content/texts/ottawa/fr/language.yaml: language: must be one of the six authentic languages of Article 22: ar, zh, en, fr, ru, es (value: "de")',
    ]);
  });

  it('requires followed to be one of the sources, and every source to exist', () => {
    expect(
      validateWith({ 'texts/ottawa/fr/language.yaml': edit('followed: treaty-fr-a', 'followed: treaty-es') }),
    ).toEqual([
      'content/texts/ottawa/fr/language.yaml: followed: must be one of the sources cited (value: "treaty-es")',
    ]);
    expect(
      validateWith({
        'texts/ottawa/fr/language.yaml': edit('- {source: treaty-fr-b}', '- {source: treaty-fr-c}'),
      }),
    ).toEqual([
      'content/texts/ottawa/fr/article-1.yaml: cite.1.source: is not one of the official copies listed in language.yaml (value: "treaty-fr-b")',
      'content/texts/ottawa/fr/article-1.yaml: differences.0.readings.1.source: is not one of the official copies listed in language.yaml (value: "treaty-fr-b")',
      'content/texts/ottawa/fr/language.yaml: cite.1.source: cites a source that does not exist in content/sources/ (value: "treaty-fr-c")',
    ]);
  });

  it('fails an official text with a part missing, and a partial text that does not list its missing parts', () => {
    expect(validateWith({ 'texts/ottawa/fr/preamble.yaml': null })).toEqual([
      'content/texts/ottawa/fr/language.yaml: status: is official but these parts have no file: preamble (add them, or make the status partial and list them in missing) (value: "official")',
    ]);
    expect(validateWith({ 'texts/ottawa/es/language.yaml': edit('missing: [preamble]\n', '') })).toEqual([
      'content/texts/ottawa/es/language.yaml: missing: is required when status is partial: list the parts no official copy gave (e.g. [article-3]) (value: missing)',
    ]);
    expect(
      validateWith({ 'texts/ottawa/es/language.yaml': edit('missing: [preamble]', 'missing: [preamble, article-1]') }),
    ).toEqual([
      'content/texts/ottawa/es/language.yaml: missing.1: has a part file: remove it from missing (value: "article-1")',
    ]);
  });

  it('fails a part whose paragraphs are not the English paragraphs in the same order', () => {
    const problems = validateWith({
      'texts/ottawa/fr/article-1.yaml': edit("- { id: '2', text: 'Chaque État partie s’engage à détruire …' }", ''),
    });
    expect(problems).toEqual([
      'content/texts/ottawa/fr/article-1.yaml: paragraphs: must have the English paragraph ids in the same order (1, 2): this part lacks 2 (content/provisions/ottawa/article-1.mdx) (value: ["1"])',
    ]);
    const swapped = validateWith({
      'texts/ottawa/es/article-1.yaml': (text) =>
        text.replace("id: '1'", "id: 'X'").replace("id: '2'", "id: '1'").replace("id: 'X'", "id: '2'"),
    });
    expect(swapped).toEqual([
      'content/texts/ottawa/es/article-1.yaml: paragraphs: must have the English paragraph ids in the same order (1, 2): this part has them in another order (content/provisions/ottawa/article-1.mdx) (value: ["2","1"])',
    ]);
  });

  it('checks a part file against its path and the English text', () => {
    expect(validateWith({ 'texts/ottawa/fr/article-1.yaml': edit('number: 1', 'number: 2') })).toEqual([
      'content/texts/ottawa/fr/article-1.yaml: number: must match the file name "article-1" (0 is the preamble) (value: 2)',
      'content/texts/ottawa/fr/article-1.yaml: number: is not a part of the English text in content/provisions/ottawa/ (value: 2)',
    ]);
    const arabic = fs
      .readFileSync(path.join(FIXTURE, 'content/texts/ottawa/fr/article-1.yaml'), 'utf8')
      .replace('language: fr', 'language: ar');
    expect(validateWith({ 'texts/ottawa/ar/article-1.yaml': arabic })).toEqual(
      expect.arrayContaining([
        'content/texts/ottawa/ar/article-1.yaml: language: has status not-found in language.yaml: without an official copy there is no text to give (value: "ar")',
      ]),
    );
  });

  it('checks that a difference names a paragraph of the part and a followed reading', () => {
    expect(validateWith({ 'texts/ottawa/fr/article-1.yaml': edit("paragraph: '1'", "paragraph: '3'") })).toEqual([
      'content/texts/ottawa/fr/article-1.yaml: differences.0.paragraph: is not a paragraph of this part (value: "3")',
    ]);
    expect(
      validateWith({ 'texts/ottawa/fr/article-1.yaml': edit('followed: treaty-fr-a', 'followed: treaty-es') }),
    ).toEqual([
      'content/texts/ottawa/fr/article-1.yaml: differences.0.followed: must be the source of one of the readings (value: "treaty-es")',
    ]);
  });

  it('checks links into the texts, anchors included', () => {
    expect(
      validateWith({
        'instruments/ottawa.mdx': edit(
          'A ban on anti-personnel mines.',
          'In French: [Article 1](/treaties/ottawa/texts/fr/article-1/#para-2), [recital 9](/treaties/ottawa/texts/fr/preamble/#para-p9).',
        ),
      }),
    ).toEqual([
      'content/instruments/ottawa.mdx: body (line 15): links to an anchor that /treaties/ottawa/texts/fr/preamble/ does not have (value: "/treaties/ottawa/texts/fr/preamble/#para-p9")',
    ]);
  });
});

describe('authentic texts: building, pairs and routes', () => {
  const { content } = load();
  const texts = buildTexts(
    content.textLanguages.map((l) => l.data),
    content.textParts.map((p) => p.data),
    content.provisions.map((p) => p.data),
  );
  const byCode = (code: string) => texts.find((t) => t.record.language === code)!;

  it('orders the languages as Article 22 names them, English text from the provisions, none for a language not found', () => {
    expect(texts.map((t) => t.record.language)).toEqual(['ar', 'en', 'fr', 'es']);
    expect(byCode('en').parts.map((p) => p.paragraphs[0]!.text)).toEqual([
      'The States Parties,',
      'Each State Party undertakes never under any circumstances …',
    ]);
    expect(byCode('ar').parts).toEqual([]);
    expect(byCode('es').parts.map((p) => p.number)).toEqual([1]);
  });

  it('pairs every two languages with text once, and reads side by side only the parts both have', () => {
    const pairs = textPairs(texts.filter((t) => t.parts.length > 0)).map(
      ([a, b]) => `${a.record.language}/${b.record.language}`,
    );
    expect(pairs).toEqual(['en/fr', 'en/es', 'fr/es']);
    expect(sharedParts(byCode('en'), byCode('fr'))).toEqual([0, 1]);
    expect(sharedParts(byCode('fr'), byCode('es'))).toEqual([1]);
  });

  it('lists every text route: contents and parts for each language but English, each pair and its shared parts', () => {
    const routes = textRoutes(texts.map((t) => ({ language: t.record.language, parts: t.parts.map((p) => p.number) })));
    expect(routes).toEqual([
      '/treaties/ottawa/texts/',
      '/treaties/ottawa/texts/compare/',
      '/treaties/ottawa/texts/fr/',
      '/treaties/ottawa/texts/fr/preamble/',
      '/treaties/ottawa/texts/fr/article-1/',
      '/treaties/ottawa/texts/es/',
      '/treaties/ottawa/texts/es/article-1/',
      '/treaties/ottawa/texts/compare/en/fr/',
      '/treaties/ottawa/texts/compare/en/fr/preamble/',
      '/treaties/ottawa/texts/compare/en/fr/article-1/',
      '/treaties/ottawa/texts/compare/en/es/',
      '/treaties/ottawa/texts/compare/en/es/article-1/',
      '/treaties/ottawa/texts/compare/fr/es/',
      '/treaties/ottawa/texts/compare/fr/es/article-1/',
    ]);
    expect(paths.textPart('en', 1)).toBe('/treaties/ottawa/article-1/');
  });
});

describe('paragraph alignment and structure', () => {
  const part = (ids: string[], prefix: string): TextPartView => ({
    language: 'fr',
    number: 1,
    title: 't',
    sources: [],
    paragraphs: ids.map((id) => ({ id, text: `${prefix}${id}` })),
    differences: [],
  });

  it('sets paragraph against paragraph by id, keeping a paragraph only one side has', () => {
    expect(alignParagraphs(part(['1', '2'], 'L'), part(['1', '2', '3'], 'R'))).toEqual([
      { id: '1', left: 'L1', right: 'R1' },
      { id: '2', left: 'L2', right: 'R2' },
      { id: '3', right: 'R3' },
    ]);
  });

  it('says what is wrong with a paragraph structure, or nothing when it matches', () => {
    expect(paragraphStructureProblem(['1', '2'], ['1', '2'])).toBeUndefined();
    expect(paragraphStructureProblem(['1', '2'], ['1', '2', '3'])).toMatch(/has 3, which the English does not$/);
    expect(missingParts([0, 1, 2], [1])).toEqual(['preamble', 'article-2']);
  });
});

describe('the side-by-side picker redirect', () => {
  const built = new Set(['/treaties/ottawa/texts/compare/en/fr/article-4/', '/treaties/ottawa/texts/compare/en/fr/']);
  const exists = (p: string) => built.has(p);
  const go = (query: string) => textPairRedirect(new URLSearchParams(query), exists);

  it('sends a choice to the pair page in the order the site lists it', () => {
    expect(go('a=fr&b=en&part=article-4')).toBe('/treaties/ottawa/texts/compare/en/fr/article-4/');
    expect(go('a=en&b=fr')).toBe('/treaties/ottawa/texts/compare/en/fr/');
  });

  it('refuses the same language twice, a page that does not exist and anything that is not a code', () => {
    expect(go('a=fr&b=fr&part=article-4')).toBeNull();
    expect(go('a=en&b=fr&part=article-5')).toBeNull();
    expect(go('a=../x&b=fr&part=article-4')).toBeNull();
    expect(go('a=en&b=fr&part=article-4/../../x')).toBeNull();
  });
});

describe('a text page names its language where it is cited', () => {
  it('titles the citation with the language and gives it as the reference language', () => {
    const { content } = load();
    const texts = buildTexts(
      content.textLanguages.map((l) => l.data),
      content.textParts.map((p) => p.data),
      content.provisions.map((p) => p.data),
    );
    const french = texts.find((t) => t.record.language === 'fr')!;
    const facts = textPartFacts(texts, french, french.parts[1]!, () => '2026-11-30');
    expect(facts.title).toBe('Ottawa Treaty, Article 1 (French text)');
    expect(facts.alternates).toEqual({
      en: '/treaties/ottawa/article-1/',
      fr: '/treaties/ottawa/texts/fr/article-1/',
      es: '/treaties/ottawa/texts/es/article-1/',
    });
    expect(citationMetaTags(facts).citation_language).toBe('fr');
    const formats = citationFormats({
      title: facts.title,
      path: facts.path,
      reviewed: facts.reviewed,
      language: facts.language,
    });
    expect(formats.apa).toContain('Article 1 (French text)');
    expect(JSON.parse(formats.csl)[0].language).toBe('fr');
  });
});
