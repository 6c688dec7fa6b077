import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { migrateFileText, migrateYaml } from '@/lib/content/migrateCitations';
import { citation } from '@/lib/content/schemas';

describe('migrateYaml', () => {
  it('turns a flow list of ids into a block `cite` list, leaving every other line as it was', () => {
    const before = [
      '# a state record',
      'iso: LVA',
      'ottawa:',
      "  consent: '2005-07-01' # accession",
      '  sources: [lm-latvia-2019, mag-baltic-withdrawal-2025] # both checked',
      'ccwAmendedProtocolII:',
      '  consent: null',
      '  sources: []',
      '',
    ].join('\n');
    const { text, changed, problems } = migrateYaml(before);
    expect(problems).toEqual([]);
    expect(changed).toBe(2);
    expect(text).toBe(
      [
        '# a state record',
        'iso: LVA',
        'ottawa:',
        "  consent: '2005-07-01' # accession",
        '  cite:',
        '    - {source: lm-latvia-2019}',
        '    - {source: mag-baltic-withdrawal-2025} # both checked',
        'ccwAmendedProtocolII:',
        '  consent: null',
        '  cite: []',
        '',
      ].join('\n'),
    );
    const data = parse(text);
    expect(data.ottawa.cite).toEqual([{ source: 'lm-latvia-2019' }, { source: 'mag-baltic-withdrawal-2025' }]);
    expect(data.ottawa.cite.every((c: unknown) => citation.safeParse(c).success)).toBe(true);
  });

  it('rewrites a block list item by item, keeping its comments, and lists nested in other lists', () => {
    const before = [
      'events:',
      '  - date: 1997-09-18',
      '    sources:',
      '      # the adoption',
      '      - unoda-apmbc-overview',
      '',
    ].join('\n');
    const { text } = migrateYaml(before);
    expect(text).toBe(
      [
        'events:',
        '  - date: 1997-09-18',
        '    cite:',
        '      # the adoption',
        '      - {source: unoda-apmbc-overview}',
        '',
      ].join('\n'),
    );
  });

  it('is idempotent: the migrated text has nothing left to change', () => {
    const once = migrateYaml('sources: [a, b]\nterm: Accession\n').text;
    expect(migrateYaml(once)).toEqual({ text: once, changed: 0, problems: [] });
  });

  it('leaves for a person what it cannot decide: both shapes in one record, or a `sources` that is not ids', () => {
    const both = 'sources: [a]\ncite:\n  - {source: b, pin: Art. 1}\n';
    expect(migrateYaml(both)).toEqual({
      text: both,
      changed: 0,
      problems: ['line 1: both `sources` and `cite`; merge them by hand'],
    });
    const other = 'sources:\n  count: 3\n';
    expect(migrateYaml(other).text).toBe(other);
    expect(migrateYaml(other).problems).toEqual(['line 1: `sources` is not a list; left alone']);
  });
});

describe('migrateFileText', () => {
  it('edits the front matter of an MDX file and never its body', () => {
    const body = 'The text says sources: [not-yaml] <Cite source="x" />\n';
    const before = `---\nid: ottawa\nsources: [unoda-apmbc-overview]\n---\n${body}`;
    expect(migrateFileText('content/instruments/ottawa.mdx', before).text).toBe(
      `---\nid: ottawa\ncite:\n  - {source: unoda-apmbc-overview}\n---\n${body}`,
    );
  });
});
