/**
 * Each class of MDX problem, from a fixture (tests/fixtures/mdx-validation/cases): the exact
 * lines `npm run validate` prints for it, with file, field (the line), message and value.
 */
import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatProblem, sortProblems } from '@/lib/content/problems';
import { loadRawDocuments } from '@/lib/content/rawDocuments';
import { validateDocuments } from '@/lib/content/validate';

const FIXTURES = path.resolve(__dirname, '../fixtures/mdx-validation');
const CASES = path.join(FIXTURES, 'cases');

/** Validates the base tree with `extra` files added (paths relative to content/), as `npm run validate` prints it. */
function validateWith(extra: Record<string, string>): string[] {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mdx-validation-'));
  fs.cpSync(path.join(FIXTURES, 'base'), root, { recursive: true });
  for (const [rel, text] of Object.entries(extra)) fs.writeFileSync(path.join(root, 'content', rel), text);
  const { documents, problems } = loadRawDocuments(path.join(root, 'content'), root);
  fs.rmSync(root, { recursive: true, force: true });
  return sortProblems([...problems, ...validateDocuments(documents).problems]).map(formatProblem);
}

const cases = fs
  .readdirSync(CASES)
  .filter((f) => /\.(mdx|yaml)$/.test(f))
  .sort();

describe('MDX validation fixtures', () => {
  it('starts from a base tree that passes', () => {
    expect(validateWith({})).toEqual([]);
  });

  it('has a fixture for every class of problem', () => {
    expect(cases.map((f) => f.replace(/\.[^.]+$/, ''))).toEqual([
      'attribute-quoting',
      'component-props',
      'internal-links',
      'missing-references',
      'raw-html',
      'source-url',
      'syntax-error',
      'unknown-component',
      'unsafe-urls',
    ]);
  });

  it.each(cases)('%s', (file) => {
    const name = file.replace(/\.[^.]+$/, '');
    const target = file.endsWith('.mdx') ? `topics/${file}` : `sources/${file}`;
    const expected = fs
      .readFileSync(path.join(CASES, `${name}.expected`), 'utf8')
      .split('\n')
      .filter((line) => line !== '');
    expect(validateWith({ [target]: fs.readFileSync(path.join(CASES, file), 'utf8') })).toEqual(expected);
  });
});
