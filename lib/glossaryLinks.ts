/**
 * Glossary terms link on their first use in each explanation, automatically: a remark plugin
 * (lib/mdx/remarkTermLinks.ts) runs these pure functions over every MDX body at build, and
 * the glossary uses them for its own definitions. The link is the `<Term>` component: a real
 * link whose accessible name is the visible word.
 */
import type { Term } from './content/schemas';
import type { Locale } from './i18n/locales';

export interface TermForms {
  id: string;
  /** The words that count as a use of the term, longest first. */
  forms: string[];
}

/** "Retained mines (Article 3)" → "Retained mines", plus its singular or plural and the aliases. */
export function termForms(term: Pick<Term, 'id' | 'term' | 'aliases'>): TermForms {
  const base = term.term.replace(/\s*\([^)]*\)\s*$/, '').trim();
  const number = base.endsWith('s') ? [base, base.slice(0, -1)] : [base, `${base}s`];
  const forms = [...new Set([...number, ...term.aliases])].sort((a, b) => b.length - a.length);
  return { id: term.id, forms };
}

/**
 * A French or Spanish term links by the edition's own wordings only: its term and aliases as
 * written in content/i18n/<locale>/glossary/ (plurals there are aliases, since "État partie"
 * makes "États parties", not "État parties").
 */
export function translatedTermForms(term: { id: string; term: string; aliases: readonly string[] }): TermForms {
  const base = term.term.replace(/\s*\([^)]*\)\s*$/, '').trim();
  return { id: term.id, forms: [...new Set([base, ...term.aliases])].sort((a, b) => b.length - a.length) };
}

/**
 * Proper names whose words must never link on their own: "mines" in « Campagne internationale
 * pour interdire les mines » names the campaign, not the weapon. A proper name is matched as a
 * whole before any term, so no term inside it is a use. Names of bodies that the site's prose
 * mentions, in each language.
 */
export const PROPER_NAMES: Record<Locale, readonly string[]> = {
  en: [
    'International Campaign to Ban Landmines',
    'Mines Advisory Group',
    'United Nations Mine Action Service',
    'Geneva International Centre for Humanitarian Demining',
  ],
  fr: [
    'Campagne internationale pour interdire les mines',
    'Campagne internationale pour l’interdiction des mines',
    "Campagne internationale pour l'interdiction des mines",
    'Observatoire des mines',
    'Service de la lutte antimines',
    'Centre international de déminage humanitaire de Genève',
  ],
  es: [
    'Campaña Internacional para la Prohibición de las Minas Terrestres',
    'Campaña Internacional para Prohibir las Minas Terrestres',
    'Servicio de las Naciones Unidas de Actividades relativas a las Minas',
    'Centro Internacional de Desminado Humanitario de Ginebra',
  ],
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface TermMatcher {
  regex: RegExp;
  idByForm: Map<string, string>;
}

/**
 * One case-insensitive pattern for all terms and proper names, longest first, on word
 * boundaries in any script ("mines" inside « démines » is no use). A proper name matches as a
 * whole and maps to no term, so the words inside it never link.
 */
export function termMatcher(terms: readonly TermForms[], properNames: readonly string[] = []): TermMatcher {
  const idByForm = new Map<string, string>();
  for (const t of terms)
    for (const f of t.forms) if (!idByForm.has(f.toLowerCase())) idByForm.set(f.toLowerCase(), t.id);
  const names = properNames.map((n) => n.toLowerCase()).filter((n) => !idByForm.has(n));
  const forms = [...new Set([...idByForm.keys(), ...names])].sort((a, b) => b.length - a.length);
  return {
    regex: new RegExp(`(?<![\\p{L}\\p{N}_-])(${forms.map(escape).join('|')})(?![\\p{L}\\p{N}_-])`, 'giu'),
    idByForm,
  };
}

export type Segment = { text: string; termId?: undefined } | { text: string; termId: string };

/**
 * Splits text so that the first use of each term not yet in `linked` becomes its own segment
 * with the term's id; `linked` is updated, so later text (and later nodes) link each term once.
 */
export function splitFirstUses(text: string, matcher: TermMatcher, linked: Set<string>): Segment[] {
  const segments: Segment[] = [];
  let from = 0;
  for (const match of text.matchAll(matcher.regex)) {
    const id = matcher.idByForm.get(match[0].toLowerCase());
    if (!id || linked.has(id)) continue;
    linked.add(id);
    if (match.index > from) segments.push({ text: text.slice(from, match.index) });
    segments.push({ text: match[0], termId: id });
    from = match.index + match[0].length;
  }
  if (from < text.length) segments.push({ text: text.slice(from) });
  return segments;
}
