/**
 * Glossary terms link on their first use in each explanation, automatically: a remark plugin
 * (lib/mdx/remarkTermLinks.ts) runs these pure functions over every MDX body at build, and
 * the glossary uses them for its own definitions. The link is the `<Term>` component: a real
 * link whose accessible name is the visible word.
 */
import type { Term } from './content/schemas';

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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface TermMatcher {
  regex: RegExp;
  idByForm: Map<string, string>;
}

/** One case-insensitive pattern for all terms, longest form first, on word boundaries. */
export function termMatcher(terms: readonly TermForms[]): TermMatcher {
  const idByForm = new Map<string, string>();
  for (const t of terms)
    for (const f of t.forms) if (!idByForm.has(f.toLowerCase())) idByForm.set(f.toLowerCase(), t.id);
  const forms = [...idByForm.keys()].sort((a, b) => b.length - a.length);
  return { regex: new RegExp(`(?<![\\w-])(${forms.map(escape).join('|')})(?![\\w-])`, 'gi'), idByForm };
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
