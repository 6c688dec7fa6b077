/**
 * Where each glossary term is used: the pages whose MDX links it with `<Term id="…">`, so the
 * glossary can point from each definition to the articles and explainers that rely on it.
 */
export interface UsageDoc {
  href: string;
  title: string;
  raw: string;
}

const TERM_TAG = /<Term\s+id="([a-z0-9-]+)"/g;

export function termUsages(docs: readonly UsageDoc[]): Map<string, { href: string; title: string }[]> {
  const usages = new Map<string, { href: string; title: string }[]>();
  for (const doc of docs) {
    for (const id of new Set([...doc.raw.matchAll(TERM_TAG)].map((m) => m[1] ?? ''))) {
      usages.set(id, [...(usages.get(id) ?? []), { href: doc.href, title: doc.title }]);
    }
  }
  return usages;
}
