/**
 * Where each glossary term is used: the pages whose MDX links it with `<Term id="…">` or uses
 * one of its forms (which the build links on first use), so the glossary can point from each
 * definition to the articles and explainers that rely on it.
 */
import type { TermMatcher } from './glossaryLinks';
export interface UsageDoc {
  href: string;
  title: string;
  raw: string;
}

const TERM_TAG = /<Term\s+id="([a-z0-9-]+)"/g;

export function termUsages(
  docs: readonly UsageDoc[],
  matcher?: TermMatcher,
): Map<string, { href: string; title: string }[]> {
  const usages = new Map<string, { href: string; title: string }[]>();
  for (const doc of docs) {
    const explicit = [...doc.raw.matchAll(TERM_TAG)].map((m) => m[1] ?? '');
    const used = matcher
      ? [...doc.raw.matchAll(matcher.regex)].map((m) => matcher.idByForm.get(m[0].toLowerCase()) ?? '')
      : [];
    for (const id of new Set([...explicit, ...used].filter(Boolean))) {
      usages.set(id, [...(usages.get(id) ?? []), { href: doc.href, title: doc.title }]);
    }
  }
  return usages;
}
