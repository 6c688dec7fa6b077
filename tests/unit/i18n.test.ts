import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { OttawaRecord, ReportedFigure, StateRecord } from '@/lib/content/schemas';
import { fillFacts, type FactContext } from '@/lib/answers/facts';
import { formatDate } from '@/lib/dates';
import { formatDateIn, formatNumberIn, joinListIn } from '@/lib/i18n/format';
import { figureUnits, formatFigureIn } from '@/lib/i18n/figures';
import { localePath, localeTools, messages, splitLocalePath, stateName, TRANSLATED_LOCALES } from '@/lib/i18n';
import { en } from '@/lib/i18n/messages/en';
import { article5Line, stateSummary } from '@/lib/i18n/stateSummary';

/** Every leaf of a catalogue: its key path and its value (a string, or a function's output for sample arguments). */
function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (typeof value === 'function')
    return [[prefix, String((value as (...a: unknown[]) => unknown)('X', 'Y', 'Z', 1, 2, 3))]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  throw new Error(`Unexpected catalogue value at ${prefix}`);
}

/**
 * Strings that are the same word in English and the edition's language: each was checked, so
 * anything else identical to the English is an untranslated string a reader would notice.
 */
const SAME_AS_ENGLISH: Record<'fr' | 'es', ReadonlySet<string>> = {
  fr: new Set([
    'references.heading',
    'references.source',
    'references.mark',
    'references.marks',
    'partiesHistory.date',
    'withdrawals.sources',
    'footer.licence',
    'answers.questions',
    'consentKinds.ratification',
    'consentKinds.succession',
    'ottawa.article',
    'chart.asTable',
  ]),
  es: new Set([]),
};

describe('message catalogue', () => {
  const english = new Map(leaves(en));
  for (const locale of TRANSLATED_LOCALES) {
    it(`${locale} has every key of the English catalogue, of the same kind`, () => {
      const theirs = new Map(leaves(messages(locale)));
      expect([...theirs.keys()].sort()).toEqual([...english.keys()].sort());
    });
    it(`${locale} translates every string (only checked words may equal the English)`, () => {
      const untranslated = leaves(messages(locale))
        .filter(([key, value]) => english.get(key) === value && !SAME_AS_ENGLISH[locale].has(key))
        .map(([key]) => key);
      expect(untranslated).toEqual([]);
    });
  }
  it('names every status in every language', () => {
    expect(messages('fr').status.party).toBe('État partie');
    expect(messages('es').status.party).toBe('Estado Parte');
  });
});

describe('locale formats', () => {
  it('writes dates as each language does', () => {
    expect(formatDateIn('fr', '2026-11-30', '')).toBe('30 novembre 2026');
    expect(formatDateIn('es', '2026-11-30', '')).toBe('30 de noviembre de 2026');
    expect(formatDateIn('fr', '1999-03', '')).toBe('mars 1999');
    expect(formatDateIn('fr', '1999-03-01', '')).toBe('1er mars 1999');
    expect(formatDateIn('es', '1997', '')).toBe('1997');
    expect(formatDateIn('fr', undefined, 's. d.')).toBe('s. d.');
  });
  it('writes English dates exactly as the English pages always have', () => {
    for (const iso of ['1997-09-18', '1999-03-01', '2026-11-30', '2025-12', '1997'])
      expect(formatDateIn('en', iso, 'n.d.')).toBe(formatDate(iso));
  });
  it('refuses what is not a date', () => {
    expect(() => formatDateIn('fr', '2026-13-01', '')).toThrow('Not a date');
    expect(() => formatDateIn('fr', '30/11/2026', '')).toThrow('Not a date');
  });
  it('groups digits as each language does', () => {
    expect(formatNumberIn('en', 1234)).toBe('1,234');
    expect(formatNumberIn('fr', 1234)).toBe('1\u202f234');
    expect(formatNumberIn('es', 12345)).toBe('12.345');
  });
  it('joins lists with the language’s conjunction', () => {
    expect(joinListIn('fr', ['Estonie', 'Lettonie', 'Lituanie'])).toBe('Estonie, Lettonie et Lituanie');
    expect(joinListIn('es', ['Estonia', 'Letonia'])).toBe('Estonia y Letonia');
  });
  it('names states in the language, falling back to our record', () => {
    expect(stateName('fr', { iso: 'UKR', name: 'Ukraine' })).toBe('Ukraine');
    expect(stateName('es', { iso: 'DEU', name: 'Germany' })).toBe('Alemania');
    expect(stateName('en', { iso: 'DEU', name: 'Germany' })).toBe('Germany');
  });
});

describe('figures in French and Spanish', () => {
  it('has words for the unit of every figure in content/data/figures', () => {
    const dir = path.join(process.cwd(), 'content', 'data', 'figures');
    const units = fs
      .readdirSync(dir)
      .map((f) => (parseYaml(fs.readFileSync(path.join(dir, f), 'utf8')) as { unit: { other: string } }).unit.other);
    for (const locale of TRANSLATED_LOCALES) expect(units.filter((u) => !figureUnits[locale][u])).toEqual([]);
  });
  it('reads a figure with the locale’s digits and plural', () => {
    const unit = { one: 'State Party', other: 'States Parties' };
    expect(formatFigureIn('fr', { value: 1, unit })).toBe('1 État partie');
    expect(formatFigureIn('fr', { value: 1234, unit })).toBe('1\u202f234 États parties');
    expect(formatFigureIn('es', { value: 5_600_000, unit: { one: 'mine', other: 'mines' } })).toBe(
      '5,6 millones de minas',
    );
  });
});

describe('locale paths', () => {
  it('prefixes French and Spanish paths and leaves English alone', () => {
    expect(localePath('fr', '/states/ukr/')).toBe('/fr/states/ukr/');
    expect(localePath('en', '/states/ukr/')).toBe('/states/ukr/');
    expect(splitLocalePath('/es/answers/')).toEqual({ locale: 'es', englishPath: '/answers/' });
    expect(splitLocalePath('/front/')).toEqual({ locale: 'en', englishPath: '/front/' });
  });
});

const record = (ottawa: Partial<OttawaRecord>, iso = 'UKR', name = 'Ukraine'): StateRecord => ({
  changes: [],
  iso,
  name,
  region: 'Europe',
  ottawa: {
    signed: null,
    consent: null,
    consentType: null,
    unverified: false,
    notes: '',
    cite: [{ source: 's' }],
    ...ottawa,
  },
  ccwAmendedProtocolII: { consent: null, unverified: false, notes: '', cite: [{ source: 's' }] },
});

describe('fact tokens in French and Spanish', () => {
  const states = [
    record({
      consent: '2005-12-27',
      consentType: 'ratification',
      signed: '1999-02-24',
      suspensionNotified: '2025-07-18',
    }),
    record(
      {
        consent: '2012-02-01',
        consentType: 'accession',
        withdrawalNotified: '2025-06-27',
        withdrawalEffective: '2025-12-27',
      },
      'FIN',
      'Finland',
    ),
    record({}, 'USA', 'United States'),
  ];
  const reported: ReportedFigure = {
    id: 'r',
    label: 'Parties',
    value: 164,
    unit: { one: 'State Party', other: 'States Parties' },
    asOf: '2025-12-01',
    cite: [{ source: 's' }],
  };
  const ctx = (locale: FactContext['locale']): FactContext => ({
    states,
    instruments: [],
    reportedParties: reported,
    figure: () => reported,
    date: '2026-11-30',
    locale,
  });
  it('writes statuses, dates and names in the locale from the same records', () => {
    expect(fillFacts('{status:USA}', ctx('fr'))).toBe('non partie, n’ayant ni signé ni adhéré');
    expect(fillFacts('{suspension:UKR}', ctx('fr'))).toBe('18 juillet 2025');
    expect(fillFacts('{suspension:UKR}', ctx('es'))).toBe('18 de julio de 2025');
    expect(fillFacts('{withdrawn}', ctx('fr'))).toBe('Finlande (27 décembre 2025)');
    expect(fillFacts('{status:FIN}', ctx('es'))).toBe('ya no es parte, al haber surtido efecto su retirada');
  });
  it('keeps the English unchanged', () => {
    expect(fillFacts('{suspension:UKR}', ctx(undefined))).toBe('18 July 2025');
    expect(fillFacts('{status:USA}', ctx('en'))).toBe('not a party, having neither signed nor acceded');
  });
});

describe('state status summaries', () => {
  it('gives the dates of the record, labelled in the locale', () => {
    const summary = stateSummary(
      record(
        {
          consent: '2012-02-01',
          consentType: 'accession',
          withdrawalNotified: '2025-06-27',
          withdrawalEffective: '2025-12-27',
        },
        'FIN',
        'Finland',
      ),
      '2026-11-30',
      'fr',
    );
    expect(summary.status).toBe('withdrawn');
    expect(summary.rows.map((r) => [r.label, r.date])).toEqual([
      ['Consentement à être lié (adhésion)', '2012-02-01'],
      ['Entrée en vigueur à son égard', '2012-08-01'],
      ['Retrait notifié', '2025-06-27'],
      ['Prise d’effet du retrait', '2025-12-27'],
    ]);
  });
  it('says an Article 5 deadline has passed without extension, in Spanish', () => {
    const line = article5Line(
      { kind: 'passed-no-extension-found', deadline: '2025-12-01', setBy: null, original: '2025-12-01', pending: null },
      '2026-11-30',
      localeTools('es'),
    );
    expect(line).toBe(
      '1 de diciembre de 2025: vencido; a 30 de noviembre de 2026 no encontramos ninguna prórroga concedida después',
    );
  });
});
