/**
 * A reported figure in French or Spanish: the number in the locale's digits and the unit in
 * its words. Units are data (content/data/figures/*.yaml, in English); their translations are
 * interface strings, keyed by the English plural, and a test fails when a unit has none.
 */
import type { ReportedFigure } from '../content/schemas';
import { formatNumberIn, pluralIn } from './format';
import type { TranslatedLocale } from './locales';

type Unit = { one: string; other: string };

export const figureUnits: Record<TranslatedLocale, Record<string, Unit>> = {
  fr: {
    'High Contracting Parties': { one: 'Haute Partie contractante', other: 'Hautes Parties contractantes' },
    'States Parties with clearance deadlines': {
      one: 'État partie ayant une échéance de déminage',
      other: 'États parties ayant une échéance de déminage',
    },
    'States Parties': { one: 'État partie', other: 'États parties' },
    'U.S. casualties': { one: 'victime américaine', other: 'victimes américaines' },
    'US dollars': { one: 'dollar des États-Unis', other: 'dollars des États-Unis' },
    casualties: { one: 'victime', other: 'victimes' },
    countries: { one: 'pays', other: 'pays' },
    hours: { one: 'heure', other: 'heures' },
    inhabitants: { one: 'habitant', other: 'habitants' },
    miles: { one: 'mille', other: 'milles' },
    mines: { one: 'mine', other: 'mines' },
    'per cent': { one: 'pour cent', other: 'pour cent' },
    percent: { one: 'pour cent', other: 'pour cent' },
    soldiers: { one: 'soldat', other: 'soldats' },
    'states and other areas': { one: 'État ou autre territoire', other: 'États et autres territoires' },
    states: { one: 'État', other: 'États' },
    weeks: { one: 'semaine', other: 'semaines' },
  },
  es: {
    'High Contracting Parties': { one: 'Alta Parte Contratante', other: 'Altas Partes Contratantes' },
    'States Parties with clearance deadlines': {
      one: 'Estado Parte con plazo de desminado',
      other: 'Estados Parte con plazo de desminado',
    },
    'States Parties': { one: 'Estado Parte', other: 'Estados Parte' },
    'U.S. casualties': { one: 'víctima estadounidense', other: 'víctimas estadounidenses' },
    'US dollars': { one: 'dólar estadounidense', other: 'dólares estadounidenses' },
    casualties: { one: 'víctima', other: 'víctimas' },
    countries: { one: 'país', other: 'países' },
    hours: { one: 'hora', other: 'horas' },
    inhabitants: { one: 'habitante', other: 'habitantes' },
    miles: { one: 'milla', other: 'millas' },
    mines: { one: 'mina', other: 'minas' },
    'per cent': { one: 'por ciento', other: 'por ciento' },
    percent: { one: 'por ciento', other: 'por ciento' },
    soldiers: { one: 'soldado', other: 'soldados' },
    'states and other areas': { one: 'Estado u otra zona', other: 'Estados y otras zonas' },
    states: { one: 'Estado', other: 'Estados' },
    weeks: { one: 'semana', other: 'semanas' },
  },
};

export function unitIn(locale: TranslatedLocale, unit: Unit): Unit {
  const translated = figureUnits[locale][unit.other];
  if (!translated) throw new Error(`No ${locale} words for the unit "${unit.other}" (lib/i18n/figures.ts)`);
  return translated;
}

/** Large round numbers read in words, as sources give them ("5,6 millions", "5,6 millones"). */
function numberWords(locale: TranslatedLocale, value: number): string {
  if (value >= 1_000_000 && value % 100_000 === 0)
    return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'es-ES', {
      notation: 'compact',
      compactDisplay: 'long',
      maximumFractionDigits: 1,
    }).format(value);
  return formatNumberIn(locale, value);
}

/** "133 États", "5,6 millions de mines" is left to the prose: here the number then the unit. */
export function formatFigureIn(locale: TranslatedLocale, figure: Pick<ReportedFigure, 'value' | 'unit'>): string {
  const unit = unitIn(locale, figure.unit);
  const words = numberWords(locale, figure.value);
  // "5,6 millions de mines": French and Spanish put "de" between a number-word and its noun.
  const joiner = /[a-zé]$/.test(words) ? ' de ' : ' ';
  return `${words}${joiner}${pluralIn(locale, figure.value) === 'one' ? unit.one : unit.other}`;
}
