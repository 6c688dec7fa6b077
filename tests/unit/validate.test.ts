import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatProblem } from '@/lib/content/problems';
import { loadRawDocuments } from '@/lib/content/rawDocuments';
import { validateDocuments } from '@/lib/content/validate';

/** A minimal valid content tree; each test breaks one thing in a copy of it. */
const VALID: Record<string, string> = {
  'sources/treaty-text.yaml': `id: treaty-text
type: treaty
tier: primary
title: Convention text
author: United Nations
date: '1997-09-18'
url: https://example.org/text
accessed: '2026-11-24'
`,
  'instruments/ottawa.mdx': `---
id: ottawa
title: Convention
shortTitle: Ottawa Treaty
kind: treaty
jurisdiction: International
asOf: '2026-11-24'
changes: [{ date: '2026-11-24', summary: First published. }]
summary: A ban.
dates:
  inForce: { date: '1999-03-01', cite: [{ source: treaty-text, pin: Art. 17 }] }
cite: [{source: treaty-text}]
---
Text with a note.<Cite source="treaty-text" pin="Art. 1" /> See [article 1](/treaties/ottawa/article-1/#para-1).
`,
  'provisions/ottawa/article-1.mdx': `---
instrument: ottawa
number: 1
title: General obligations
cite: [{source: treaty-text}]
reviewed: '2026-11-24'
changes: [{ date: '2026-11-24', summary: First published. }]
paragraphs:
  - { id: '1', text: 'Each State Party undertakes never under any circumstances …' }
---
`,
  'glossary/accession.yaml': `id: accession
term: Accession
definition: Joining in one step.
cite: [{source: treaty-text}]
`,
  'states/fin.yaml': `iso: FIN
name: Finland
region: Europe
ottawa:
  signed: null
  consent: '2011-01-09'
  consentType: accession
  withdrawalNotified: '2025-07-10'
  withdrawalEffective: '2026-01-10'
  cite: [{source: treaty-text}]
ccwAmendedProtocolII:
  consent: null
  cite: [{source: treaty-text}]
`,
  'data/figures/parties.yaml': `id: parties
label: States Parties
value: 166
unit: { one: State Party, other: States Parties }
asOf: '2025-12-01'
cite: [{ source: treaty-text }]
`,
};

function validate(overrides: Record<string, string | null>) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
  const files = { ...VALID, ...overrides };
  for (const [rel, text] of Object.entries(files)) {
    if (text === null) continue;
    const full = path.join(root, 'content', rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
  }
  const { documents, problems } = loadRawDocuments(path.join(root, 'content'), root);
  const result = validateDocuments(documents);
  fs.rmSync(root, { recursive: true, force: true });
  return [...problems, ...result.problems].map(formatProblem);
}

const replace = (file: string, from: string, to: string) => ({ [file]: VALID[file]!.replace(from, to) });

const WEAK_SOURCE = `id: blog-post
type: news
tier: weak
title: A newsletter
author: Someone
url: https://example.org/blog
accessed: '2026-11-30'
`;

describe('source tiers', () => {
  it('requires every source to say its tier', () => {
    expect(validate(replace('sources/treaty-text.yaml', 'tier: primary\n', ''))).toEqual([
      'content/sources/treaty-text.yaml: tier: must be one of primary, established, weak (see content/README.md) (value: missing)',
    ]);
  });

  it('fails a legal status that rests only on weak sources, naming the record and the sources', () => {
    const problems = validate({
      'sources/blog-post.yaml': WEAK_SOURCE,
      ...replace(
        'states/fin.yaml',
        "withdrawalEffective: '2026-01-10'\n  cite: [{source: treaty-text}]",
        "withdrawalEffective: '2026-01-10'\n  cite: [{source: blog-post}]",
      ),
    });
    expect(problems).toEqual([
      'content/states/fin.yaml: ottawa.cite: a legal status rests only on weak sources: cite a primary or established source, or mark the record unverified (value: ["blog-post"])',
    ]);
  });

  it('fails a date that rests only on weak sources', () => {
    const problems = validate({
      'sources/blog-post.yaml': WEAK_SOURCE,
      ...replace(
        'instruments/ottawa.mdx',
        'cite: [{ source: treaty-text, pin: Art. 17 }]',
        'cite: [{ source: blog-post }]',
      ),
    });
    expect(problems).toEqual([
      'content/instruments/ottawa.mdx: dates.inForce.cite: a date rests only on weak sources: cite a primary or established source, or mark the record unverified (value: ["blog-post"])',
    ]);
  });

  it('accepts a weak source beside a primary one, and a weak-only record marked unverified', () => {
    expect(
      validate({
        'sources/blog-post.yaml': WEAK_SOURCE,
        ...replace(
          'states/fin.yaml',
          'ccwAmendedProtocolII:\n  consent: null\n  cite: [{source: treaty-text}]',
          'ccwAmendedProtocolII:\n  consent: null\n  unverified: true\n  cite: [{source: blog-post}]',
        ),
      }),
    ).toEqual([]);
    expect(
      validate({
        'sources/blog-post.yaml': WEAK_SOURCE,
        ...replace(
          'states/fin.yaml',
          "withdrawalEffective: '2026-01-10'\n  cite: [{source: treaty-text}]",
          "withdrawalEffective: '2026-01-10'\n  cite: [{source: treaty-text}, {source: blog-post}]",
        ),
      }),
    ).toEqual([]);
  });
});

describe('corrections', () => {
  const correction = (page: string, source: string) => `- date: '2026-11-30'
  page: ${page}
  kind: status
  before: Said it withdrew.
  after: It notified a suspension.
  cite: [{ source: ${source} }]
`;

  it('accepts an empty corrections file and a correction of a real page', () => {
    expect(validate({ 'data/corrections/empty.yaml': '' })).toEqual([]);
    expect(validate({ 'data/corrections/states.yaml': correction('/states/fin/', 'treaty-text') })).toEqual([]);
  });

  it('fails a correction of a page that does not exist, or citing a missing source', () => {
    expect(validate({ 'data/corrections/states.yaml': correction('/states/xyz/', 'no-such-source') })).toEqual([
      'content/data/corrections/states.yaml: items.0.page: is not a page of the site (value: "/states/xyz/")',
      'content/data/corrections/states.yaml: items.0.cite.0.source: cites a source that does not exist in content/sources/ (value: "no-such-source")',
    ]);
  });

  it('fails an unknown kind of correction', () => {
    expect(
      validate({
        'data/corrections/states.yaml': correction('/states/fin/', 'treaty-text').replace('kind: status', 'kind: typo'),
      }),
    ).toEqual([
      'content/data/corrections/states.yaml: items.0.kind: Invalid option: expected one of "date"|"figure"|"status"|"quotation"|"attribution"|"denominator"|"wording"|"source" (value: "typo")',
    ]);
  });
});

describe('validateDocuments', () => {
  it('accepts a consistent content tree', () => {
    expect(validate({})).toEqual([]);
  });

  it('names the file, field and value of a malformed date', () => {
    expect(validate(replace('states/fin.yaml', "consent: '2011-01-09'", "consent: '2011-13-09'"))).toEqual([
      'content/states/fin.yaml: ottawa.consent: is not a real calendar date (value: "2011-13-09")',
    ]);
  });

  it('reports a missing required field', () => {
    expect(validate(replace('sources/treaty-text.yaml', 'title: Convention text\n', ''))).toEqual([
      'content/sources/treaty-text.yaml: title: is required (value: missing)',
    ]);
  });

  it('reports an unknown field instead of dropping it', () => {
    expect(
      validate(replace('glossary/accession.yaml', 'term: Accession', 'term: Accession\nsynonym: joining')),
    ).toEqual(['content/glossary/accession.yaml: synonym: is not a known field (value: "joining")']);
  });

  it('names the migration when a record still uses the old `sources: [ids]` citation shape', () => {
    expect(
      validate(replace('glossary/accession.yaml', 'cite: [{source: treaty-text}]', 'sources: [treaty-text]')),
    ).toEqual([
      'content/glossary/accession.yaml: cite: is required (value: missing)',
      'content/glossary/accession.yaml: sources: is the old citation shape: write `cite: [{source: <id>}]` (npx tsx scripts/migrate-citations.ts does it) (value: ["treaty-text"])',
    ]);
  });

  it('reports a file that is no known kind of document', () => {
    expect(validate({ 'stray/notes.yaml': 'a: 1\n' })).toEqual([
      'content/stray/notes.yaml: (file): is not a known kind of document (see content/README.md for where each kind lives) (value: "stray/notes.yaml")',
    ]);
  });

  it('fails a citation to a source that does not exist, in data and in MDX', () => {
    const problems = validate({
      ...replace('glossary/accession.yaml', 'cite: [{source: treaty-text}]', 'cite: [{source: no-such-source}]'),
      ...replace('instruments/ottawa.mdx', '<Cite source="treaty-text"', '<Cite source="missing-report"'),
    });
    expect(problems).toEqual([
      'content/glossary/accession.yaml: cite.0.source: cites a source that does not exist in content/sources/ (value: "no-such-source")',
      'content/instruments/ottawa.mdx: body (line 14): cites a source that does not exist in content/sources/ (value: "missing-report")',
    ]);
  });

  it('fails duplicate ids and ids that differ from the file name', () => {
    const problems = validate({ 'glossary/accession-2.yaml': VALID['glossary/accession.yaml']! });
    expect(problems).toContain(
      'content/glossary/accession-2.yaml: id: must equal the file name "accession-2" (value: "accession")',
    );
    expect(problems.filter((p) => p.includes('id: is already used by content/glossary/accession'))).toHaveLength(1);
  });

  it('fails internal links to missing pages and missing anchors', () => {
    const problems = validate(
      replace(
        'instruments/ottawa.mdx',
        '(/treaties/ottawa/article-1/#para-1)',
        '(/treaties/ottawa/article-1/#para-9) and [x](/no/such/page/)',
      ),
    );
    expect(problems).toEqual([
      'content/instruments/ottawa.mdx: body (line 14): links to an anchor that /treaties/ottawa/article-1/ does not have (value: "/treaties/ottawa/article-1/#para-9")',
      'content/instruments/ottawa.mdx: body (line 14): links to a page the site does not have (internal links end with a slash) (value: "/no/such/page/")',
    ]);
  });

  it('fails an unknown state code', () => {
    const problems = validate({ 'states/xxz.yaml': VALID['states/fin.yaml']!.replace('iso: FIN', 'iso: XXZ') });
    expect(problems).toContain(
      'content/states/xxz.yaml: iso: is not an ISO 3166-1 alpha-3 country code (value: "XXZ")',
    );
  });

  it('fails dates out of order: withdrawal effective before notification, consent before signature', () => {
    const problems = validate({
      'states/fin.yaml': VALID['states/fin.yaml']!.replace(
        "withdrawalEffective: '2026-01-10'",
        "withdrawalEffective: '2025-01-10'",
      ),
      'states/ltu.yaml': VALID['states/fin.yaml']!.replace('iso: FIN', 'iso: LTU')
        .replace('signed: null', "signed: '1999-02-26'")
        .replace("consent: '2011-01-09'", "consent: '1998-05-12'")
        .replace('consentType: accession', 'consentType: ratification'),
    });
    expect(problems).toEqual([
      'content/states/fin.yaml: ottawa.withdrawalEffective: must come after the notification on 2025-07-10 (value: "2025-01-10")',
      'content/states/ltu.yaml: ottawa.consent: cannot precede the signature on 1999-02-26 (value: "1998-05-12")',
    ]);
  });

  it('fails a withdrawal without a notification date, and a signature after signature closed', () => {
    const problems = validate({
      'states/fin.yaml': VALID['states/fin.yaml']!.replace("  withdrawalNotified: '2025-07-10'\n", '')
        .replace('signed: null', "signed: '2001-01-01'")
        .replace('accession', 'ratification'),
    });
    expect(problems).toEqual([
      'content/states/fin.yaml: ottawa.signed: must fall between 1997-12-03 and 1999-03-01, when the treaty was open for signature (Art. 15) (value: "2001-01-01")',
      'content/states/fin.yaml: ottawa.withdrawalNotified: is required when a withdrawal takes effect (withdrawalEffective 2026-01-10); Art. 20(2) counts from the notification (value: missing)',
    ]);
  });

  it('fails a state record with no source', () => {
    expect(validate(replace('states/fin.yaml', '  cite: [{source: treaty-text}]\nccw', '  cite: []\nccw'))).toEqual([
      'content/states/fin.yaml: ottawa.cite: must cite at least one source (only an unverified record with no dates may leave it empty) (value: [])',
    ]);
  });

  it('requires a position on every dimension once dimensions exist', () => {
    const problems = validate({
      'data/dimensions.yaml':
        'dimensions:\n  - { id: use, label: Use, definition: Whether the instrument allows use. }\n',
    });
    expect(problems).toEqual([
      'content/instruments/ottawa.mdx: positions.use: is required: every instrument states a position on every dimension in content/data/dimensions.yaml (value: missing)',
    ]);
  });

  it('reports every problem in one run', () => {
    const problems = validate({
      ...replace('sources/treaty-text.yaml', "date: '1997-09-18'", 'date: yesterday'),
      ...replace('glossary/accession.yaml', 'term: Accession\n', ''),
      ...replace('data/figures/parties.yaml', 'value: 166', 'value: -1'),
    });
    expect(problems).toHaveLength(3);
  });
});

describe('the site content', () => {
  it('passes validation', () => {
    const root = path.resolve(__dirname, '../..');
    const { documents, problems } = loadRawDocuments(path.join(root, 'content'), root);
    expect([...problems, ...validateDocuments(documents).problems].map(formatProblem)).toEqual([]);
  });
});

describe('validateDocuments: comparison positions', () => {
  const dimensions = `dimensions:
  - { id: use, label: Use, definition: Whether use is allowed. }
  - { id: transfer, label: Transfer, definition: Whether transfer is allowed. }
`;
  it('fails an instrument that has no position on a dimension, naming the dimension', () => {
    const withOne = VALID['instruments/ottawa.mdx']!.replace(
      'cite: [{source: treaty-text}]\n---',
      "cite: [{source: treaty-text}]\npositions:\n  use: { stance: prohibited, summary: 'Never.', cite: [{ source: treaty-text, pin: 'Art. 1(1)(a)' }] }\n---",
    );
    expect(validate({ 'data/dimensions.yaml': dimensions, 'instruments/ottawa.mdx': withOne })).toEqual([
      'content/instruments/ottawa.mdx: positions.transfer: is required: every instrument states a position on every dimension in content/data/dimensions.yaml (value: missing)',
    ]);
  });

  it('requires a level from the scale of a dimension that has its own scale', () => {
    const scaled = `dimensions:
  - id: use
    label: Geographic exceptions
    definition: Where.
    scale: [{ id: no-exception, label: No exception }, { id: korea-only, label: Korea excepted }]
`;
    const position = (extra: string) =>
      VALID['instruments/ottawa.mdx']!.replace(
        'cite: [{source: treaty-text}]\n---',
        `cite: [{source: treaty-text}]\npositions:\n  use: { stance: prohibited, ${extra}summary: 'Never.', cite: [{ source: treaty-text }] }\n---`,
      );
    expect(
      validate({ 'data/dimensions.yaml': scaled, 'instruments/ottawa.mdx': position('level: no-exception, ') }),
    ).toEqual([]);
    expect(validate({ 'data/dimensions.yaml': scaled, 'instruments/ottawa.mdx': position('') })).toEqual([
      'content/instruments/ottawa.mdx: positions.use.level: is required: this dimension has its own scale (no-exception, korea-only) (value: missing)',
    ]);
    expect(
      validate({ 'data/dimensions.yaml': scaled, 'instruments/ottawa.mdx': position('level: everywhere, ') }),
    ).toEqual([
      'content/instruments/ottawa.mdx: positions.use.level: is not a level of this dimension\'s scale (no-exception, korea-only) (value: "everywhere")',
    ]);
  });

  it('fails a position without a citation', () => {
    const noCite = VALID['instruments/ottawa.mdx']!.replace(
      'cite: [{source: treaty-text}]\n---',
      "cite: [{source: treaty-text}]\npositions:\n  use: { stance: prohibited, summary: 'Never.', cite: [] }\n---",
    );
    expect(validate({ 'instruments/ottawa.mdx': noCite })).toContain(
      'content/instruments/ottawa.mdx: positions.use.cite: must cite at least one source (value: [])',
    );
  });

  it('fails a position summary that quotes a figure that does not exist', () => {
    const withToken = VALID['instruments/ottawa.mdx']!.replace(
      'cite: [{source: treaty-text}]\n---',
      "cite: [{source: treaty-text}]\npositions:\n  use: { stance: prohibited, summary: 'Never; {fig:parties} agree, {fig:no-such-figure} do not.', cite: [{ source: treaty-text }] }\n---",
    );
    const summaryProblems = validate({ 'instruments/ottawa.mdx': withToken }).filter((p) => p.includes('.summary'));
    expect(summaryProblems).toEqual([
      'content/instruments/ottawa.mdx: positions.use.summary: refers to a figure that does not exist in content/data/figures/ (value: "{fig:no-such-figure}")',
    ]);
  });

  it('fails an MDX component the site does not provide', () => {
    const problems = validate(replace('instruments/ottawa.mdx', 'Text with a note.', 'Text with <Chart /> a note.'));
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/instruments\/ottawa\.mdx: body \(line 14\): is not a component MDX may use \(.*\) \(value: "Chart"\)$/,
      ),
    ]);
  });
});

describe('validateDocuments: casualty series', () => {
  const row = (fields: string) =>
    `  - { year: 2024, total: 6279, killed: 1945, injured: 4325, edition: LM 2025, cite: [{ source: treaty-text }]${fields} }\n`;
  const series = (rows: string) => `asOf: '2025-12-01'\nrows:\n${rows}`;
  const check = (rows: string) => validate({ 'data/casualties.yaml': series(rows) });

  it('accepts a consistent row', () => {
    expect(check(row(''))).toEqual([]);
  });

  it('fails a negative number', () => {
    expect(check(row('').replace('killed: 1945', 'killed: -3'))).toEqual([
      'content/data/casualties.yaml: rows.0.killed: must not be negative (value: -3)',
    ]);
  });

  it('fails killed plus injured exceeding the total', () => {
    expect(check(row('').replace('total: 6279', 'total: 6000'))).toEqual([
      'content/data/casualties.yaml: rows.0.total: is less than killed + injured + unknown (6270) (value: 6000)',
    ]);
  });

  it('fails a year out of range and a duplicate year', () => {
    const problems = check(row('').replace('year: 2024', 'year: 1990') + row('') + row(''));
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/data\/casualties\.yaml: rows\.0\.year: must be a year from 1999 to \d{4} \(value: 1990\)$/,
      ),
      'content/data/casualties.yaml: rows.2.year: appears more than once (value: 2024)',
    ]);
  });

  it('fails a row with no source', () => {
    expect(check(row('').replace(', cite: [{ source: treaty-text }]', ''))).toEqual([
      'content/data/casualties.yaml: rows.0.cite: is required (value: missing)',
    ]);
  });

  it('accepts an explained gap, but not one for a year that has a row or one without a source', () => {
    const gap = (year: number, cite = ', cite: [{ source: treaty-text }]') =>
      `gaps:\n  - { year: ${year}, note: 'No total was published.'${cite} }\n`;
    expect(check(row('') + gap(1999))).toEqual([]);
    expect(check(row('') + gap(2024))).toEqual([
      'content/data/casualties.yaml: gaps.0.year: already has a row or a gap: a year is either a row or an explained gap (value: 2024)',
    ]);
    expect(check(row('') + gap(1999, ''))).toEqual([
      'content/data/casualties.yaml: gaps.0.cite: is required (value: missing)',
    ]);
  });
});
