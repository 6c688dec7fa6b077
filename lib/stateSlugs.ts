/**
 * State pages answer at their names as well as their codes: /states/ukraine/ leads to
 * /states/ukr/. The names are the record's own and the English names and short forms that
 * i18n-iso-countries knows ("United States", "USA", "South Korea"). A slug that is another
 * state's code, or that two states would share, is left out rather than guessed.
 */
import isoCountries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import type { StateRecord } from './content/schemas';

isoCountries.registerLocale(en);

/** "Côte d'Ivoire" → "cote-divoire"; "U.S.A." → "usa"; "Korea, Republic of" → "korea-republic-of". */
export function nameSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function namesOf(state: Pick<StateRecord, 'iso' | 'name'>): string[] {
  const known = isoCountries.getName(state.iso, 'en', { select: 'all' }) ?? [];
  return [state.name, ...known];
}

/** Every name slug that leads to exactly one state, mapped to that state's ISO code (upper case). */
export function stateNameSlugs(states: readonly Pick<StateRecord, 'iso' | 'name'>[]): Map<string, string> {
  const codes = new Set(states.map((s) => s.iso.toLowerCase()));
  const claims = new Map<string, Set<string>>();
  for (const state of states) {
    for (const slug of new Set(namesOf(state).map(nameSlug))) {
      if (!slug || codes.has(slug)) continue;
      claims.set(slug, (claims.get(slug) ?? new Set()).add(state.iso));
    }
  }
  return new Map(
    [...claims].filter(([, isos]) => isos.size === 1).map(([slug, isos]) => [slug, [...isos][0]!] as const),
  );
}
