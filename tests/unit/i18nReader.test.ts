import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { fillFacts, type FactContext } from '@/lib/answers/facts';
import { citationFormats } from '@/lib/citation/pageCitation';
import type { Instrument, ReportedFigure } from '@/lib/content/schemas';
import { PROPER_NAMES, splitFirstUses, termForms, termMatcher, translatedTermForms } from '@/lib/glossaryLinks';
import { sortByStateName, STATE_NAME_OVERRIDES, stateName } from '@/lib/i18n/stateNames';
import { editionSiteName, siteNameForPath } from '@/lib/i18n/siteName';
import { englishOrUnknown, langAttribute } from '@/lib/i18n/textLanguage';
import { linksToEnglish } from '@/lib/i18n/links';
import { SITE_NAME } from '@/lib/site';

/** Every state the site has a record for, read from content/states/ (ISO code and English name). */
const STATES = fs
  .readdirSync(path.join(process.cwd(), 'content', 'states'))
  .filter((f) => f.endsWith('.yaml'))
  .map(
    (f) =>
      parseYaml(fs.readFileSync(path.join(process.cwd(), 'content', 'states', f), 'utf8')) as {
        iso: string;
        name: string;
      },
  );

describe('state names in French and Spanish', () => {
  it('overrides exactly the reviewed list of names', () => {
    expect(STATE_NAME_OVERRIDES).toEqual({
      fr: {
        ARE: 'Émirats arabes unis',
        CAF: 'République centrafricaine',
        CIV: 'Côte d’Ivoire',
        CZE: 'Tchéquie',
        DOM: 'République dominicaine',
        SAU: 'Arabie saoudite',
        SWZ: 'Eswatini',
        TZA: 'Tanzanie',
        USA: 'États-Unis',
        VAT: 'Saint-Siège',
      },
      es: {
        COD: 'República Democrática del Congo',
        COG: 'República del Congo',
        IRN: 'Irán',
        KOR: 'Corea del Sur',
        LAO: 'Laos',
        PRK: 'Corea del Norte',
        SYR: 'Siria',
      },
    });
  });

  it('gives every state the short form used in running text: no parenthesis, no inverted name', () => {
    expect(STATES.length).toBeGreaterThan(190);
    for (const locale of ['fr', 'es'] as const) {
      const odd = STATES.map((s) => stateName(locale, s)).filter((name) => /[(),]/.test(name));
      expect({ locale, odd }).toEqual({ locale, odd: [] });
    }
  });

  it('writes the names readers expect', () => {
    const named = (locale: 'fr' | 'es', iso: string) =>
      stateName(
        locale,
        STATES.find((s) => s.iso === iso)!,
      );
    expect(named('es', 'COD')).toBe('República Democrática del Congo');
    expect(named('es', 'KOR')).toBe('Corea del Sur');
    expect(named('es', 'IRN')).toBe('Irán');
    expect(named('fr', 'VAT')).toBe('Saint-Siège');
    expect(named('fr', 'UKR')).toBe('Ukraine');
  });

  it('sorts in the language’s alphabetical order, accents with their letter', () => {
    const sample = ['ARE', 'EGY', 'ESP', 'ECU', 'ZAF'].map((iso) => STATES.find((s) => s.iso === iso)!);
    expect(sortByStateName('fr', sample, (s) => s).map((s) => stateName('fr', s))).toEqual([
      'Afrique du Sud',
      'Égypte',
      'Émirats arabes unis',
      'Équateur',
      'Espagne',
    ]);
  });
});

describe('glossary links in French and Spanish', () => {
  const mine = translatedTermForms({ id: 'mine', term: 'Mine', aliases: ['mines'] });
  const party = translatedTermForms({ id: 'state-party', term: 'État partie', aliases: ['États parties'] });

  it('links the edition’s own wordings, and only those', () => {
    expect(party.forms).toEqual(['États parties', 'État partie']);
    const matcher = termMatcher([mine, party], PROPER_NAMES.fr);
    expect(splitFirstUses('Les États parties et la suspension', matcher, new Set())).toEqual([
      { text: 'Les ' },
      { text: 'États parties', termId: 'state-party' },
      { text: ' et la suspension' },
    ]);
  });

  it('never links a word inside a proper name', () => {
    const matcher = termMatcher([mine], PROPER_NAMES.fr);
    const text = 'la Campagne internationale pour interdire les mines, puis les mines.';
    expect(splitFirstUses(text, matcher, new Set())).toEqual([
      { text: 'la Campagne internationale pour interdire les mines, puis les ' },
      { text: 'mines', termId: 'mine' },
      { text: '.' },
    ]);
    const english = termMatcher([termForms({ id: 'mine', term: 'Mine', aliases: [] })], PROPER_NAMES.en);
    expect(splitFirstUses('Mines Advisory Group cleared mines.', english, new Set())).toEqual([
      { text: 'Mines Advisory Group cleared ' },
      { text: 'mines', termId: 'mine' },
      { text: '.' },
    ]);
  });

  it('finds words by letters in any script, so accented words are not split', () => {
    const matcher = termMatcher([mine], PROPER_NAMES.fr);
    expect(splitFirstUses('on démines ici', matcher, new Set())).toEqual([{ text: 'on démines ici' }]);
  });
});

describe('the language of a cited work', () => {
  it('marks English titles and authors, and leaves the rest to the page', () => {
    expect(englishOrUnknown('Finland notifies UN of withdrawal from anti-personnel mine treaty')).toBe('en');
    expect(englishOrUnknown('Kingdom of the Netherlands')).toBe('en');
    expect(englishOrUnknown('Poland’s Withdrawal from the Treaty: "Do Not Produce, Do Not Use"')).toBe('en');
    expect(englishOrUnknown('Birmania supera a Siria y es el país con más víctimas de minas')).toBeUndefined();
    expect(englishOrUnknown('Bundesgesetzblatt für die Republik Österreich')).toBeUndefined();
    expect(englishOrUnknown('Convention President statement regarding States Parties’ withdrawal')).toBe('en');
    expect(englishOrUnknown('Déclaration sur le retrait des États parties')).toBeUndefined();
    expect(langAttribute('Statement of the ICBL', 'fr')).toBe('en');
    expect(langAttribute('Statement of the ICBL', 'en')).toBeUndefined();
    expect(langAttribute('Convention sur l’interdiction', 'fr', 'fr')).toBeUndefined();
    expect(langAttribute('Convention sur l’interdiction', 'es', 'fr')).toBe('fr');
  });

  it('says which links on an edition’s page lead to the English site', () => {
    expect(linksToEnglish('/compare/', 'fr')).toBe(true);
    expect(linksToEnglish('/fr/glossary/#term-mine', 'fr')).toBe(false);
    expect(linksToEnglish('https://example.org/', 'es')).toBe(false);
    expect(linksToEnglish('/compare/', 'en')).toBe(false);
  });
});

describe('citing a French or Spanish page', () => {
  const page = (locale: 'fr' | 'es') => ({
    title: locale === 'fr' ? 'Réponses rapides' : 'Respuestas rápidas',
    path: `/${locale}/answers/`,
    reviewed: '2026-11-30',
  });
  const fr = citationFormats(page('fr'));
  const es = citationFormats(page('es'));
  const en = citationFormats({ title: 'Quick answers', path: '/answers/', reviewed: '2026-11-30' });

  it('writes APA, MLA and Chicago in the page’s language, with no English month or word', () => {
    for (const text of [fr.apa, fr.mla, fr.chicago]) {
      expect(text).toMatch(/novembre|nov\./);
      expect(text).not.toMatch(/November|Nov\.|Retrieved|Accessed/);
    }
    for (const text of [es.apa, es.mla, es.chicago]) {
      expect(text).toMatch(/noviembre|nov\./);
      expect(text).not.toMatch(/November|Retrieved|Accessed/);
    }
    expect(en.apa).toMatch(/November 30/);
  });

  it('writes the first of the month as French does, in MLA and Chicago', () => {
    const first = citationFormats({ title: 'Réponses rapides', path: '/fr/answers/', reviewed: '2026-12-01' });
    expect(first.mla).toContain('1ᵉʳ décembre 2026');
    expect(first.chicago).toContain('1ᵉʳ décembre 2026');
    const second = citationFormats({ title: 'Réponses rapides', path: '/fr/answers/', reviewed: '2026-12-02' });
    expect(second.mla).toContain(' 2 décembre 2026');
  });

  it('names the language in CSL-JSON, BibTeX and RIS, and a reference manager reads it back', () => {
    expect(JSON.parse(fr.csl)[0].language).toBe('fr');
    expect(JSON.parse(es.csl)[0].language).toBe('es');
    expect(fr.bibtex).toMatch(/language = \{french\}/);
    expect(fr.bibtex).toMatch(/langid = \{french\}/);
    expect(es.bibtex).toMatch(/langid = \{spanish\}/);
    expect(fr.ris).toMatch(/^LA {2}- fr$/m);
    expect(es.ris).toMatch(/^LA {2}- es$/m);
    expect(new Cite(fr.bibtex).data[0]!.title).toBe('Réponses rapides');
    expect(new Cite(fr.ris).data[0]!.language).toBe('fr');
    expect(en.bibtex).not.toMatch(/language|langid/);
  });

  it('names the site as each edition does, from the message catalogue', () => {
    expect(editionSiteName('en')).toBe(SITE_NAME);
    expect(siteNameForPath('/fr/answers/')).toBe(editionSiteName('fr'));
    expect(JSON.parse(fr.csl)[0]['container-title']).toBe(editionSiteName('fr'));
    expect(fr.apa).toContain(editionSiteName('fr'));
    expect(fr.apa).not.toContain(SITE_NAME);
    expect(es.mla).toContain(editionSiteName('es'));
  });
});

describe('{us-policy-summary} in French and Spanish', () => {
  const reported: ReportedFigure = {
    id: 'r',
    label: 'Parties',
    value: 164,
    unit: { one: 'State Party', other: 'States Parties' },
    asOf: '2025-12-01',
    cite: [{ source: 's' }],
  };
  const policy = {
    id: 'us-policy',
    title: 'A policy',
    shortTitle: 'Policy',
    kind: 'national-policy',
    jurisdiction: 'United States',
    actor: 'united-states',
    dates: { adopted: { date: '2025-12-02', cite: [{ source: 's' }] } },
    supersedes: [],
    summary: 'An English summary.',
    summaryTranslations: { fr: 'Un résumé en français.', es: 'Un resumen en español.' },
    asOf: '2026-11-30',
    changes: [],
    cite: [{ source: 's' }],
    positions: {},
  } satisfies Instrument;
  const ctx = (locale: FactContext['locale'], instruments: Instrument[] = [policy]): FactContext => ({
    states: [],
    instruments,
    reportedParties: reported,
    figure: () => reported,
    date: '2026-11-30',
    locale,
  });

  it('reads the policy’s summary in the page’s language', () => {
    expect(fillFacts('{us-policy-summary}', ctx('fr'))).toBe('Un résumé en français.');
    expect(fillFacts('{us-policy-summary}', ctx('es'))).toBe('Un resumen en español.');
    expect(fillFacts('{us-policy-summary}', ctx('en'))).toBe('An English summary.');
    expect(fillFacts('{us-policy}', ctx('fr'))).toBe('la politique des États-Unis datée du 2 décembre 2025');
  });

  it('fails rather than print English on a French page', () => {
    const untranslated = { ...policy, summaryTranslations: undefined };
    expect(() => fillFacts('{us-policy-summary}', ctx('fr', [untranslated]))).toThrow('no fr summary');
  });
});
