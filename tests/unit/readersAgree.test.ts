import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { documentTypes } from '@/lib/content/documentTypes';
import { loadRawDocuments } from '@/lib/content/rawDocuments';

/**
 * The site has two readers of content/: `npm run validate` reads the files itself (fast,
 * testable on fixture folders), and the pages read contentlayer's output (which also
 * compiles MDX). This proves they read the same thing: for every file, the same data and
 * the same MDX source. Needs `npm run content` first (npm run check runs it).
 * List files (the corrections lists) are bare YAML lists, which contentlayer cannot read:
 * only the raw reader reads them, for the build too, so they are left out of the comparison.
 */
const listTypes = new Set<string>(documentTypes.filter((t) => 'list' in t).map((t) => t.name));
const generatedDir = path.resolve('.contentlayer/generated');

interface Generated {
  _id: string;
  _raw: { sourceFilePath: string };
  docType: string;
  body?: { raw: string };
  [field: string]: unknown;
}

function generatedDocuments(): Map<string, Generated> {
  const docs = new Map<string, Generated>();
  for (const type of fs.readdirSync(generatedDir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    for (const file of fs.readdirSync(path.join(generatedDir, type.name))) {
      if (!file.endsWith('.json') || file.startsWith('_')) continue;
      const doc = JSON.parse(fs.readFileSync(path.join(generatedDir, type.name, file), 'utf8')) as Generated;
      docs.set(`content/${doc._raw.sourceFilePath}`, doc);
    }
  }
  return docs;
}

describe('the raw reader and contentlayer agree', () => {
  const raw = loadRawDocuments(path.resolve('content'), path.resolve('.'));
  const problems = raw.problems;
  const documents = raw.documents.filter((d) => !listTypes.has(d.type));
  const generated = generatedDocuments();

  it('read the same set of files', () => {
    expect(problems).toEqual([]);
    expect(documents.length).toBeGreaterThan(300);
    expect([...generated.keys()].sort()).toEqual(documents.map((d) => d.file).sort());
  });

  it('give identical data and MDX source for every file', () => {
    const differing = documents.filter((raw) => {
      const doc = generated.get(raw.file);
      if (!doc) return true;
      const { _id, _raw, body, docType, ...data } = doc;
      void _id;
      void _raw;
      void docType;
      return (
        JSON.stringify(sortKeys(data)) !== JSON.stringify(sortKeys(raw.data)) || (body?.raw ?? undefined) !== raw.body
      );
    });
    expect(differing.map((d) => d.file)).toEqual([]);
  });
});

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  return value;
}
