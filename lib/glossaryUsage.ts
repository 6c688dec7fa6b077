/**
 * Where each glossary term is used: the pages whose MDX links it with `<Term id="…">` or uses
 * one of its forms (which the build links on first use), so the glossary can point from each
 * definition to the articles and explainers that rely on it.
 */
import type { Citation, Instrument, Provision } from './content/schemas';
import type { TermMatcher } from './glossaryLinks';
import { outlineMdx } from './mdx/outline';
import { paths } from './routes';
export interface UsageDoc {
  href: string;
  title: string;
  raw: string;
}

export function termUsages(
  docs: readonly UsageDoc[],
  matcher?: TermMatcher,
): Map<string, { href: string; title: string }[]> {
  const usages = new Map<string, { href: string; title: string }[]>();
  for (const doc of docs) {
    const outline = outlineMdx(doc.raw);
    const explicit = outline.components.flatMap(({ name, props }) =>
      name === 'Term' && typeof props.id === 'string' ? [props.id] : [],
    );
    const used = matcher
      ? outline.text.flatMap((text) =>
          [...text.matchAll(matcher.regex)].map((m) => matcher.idByForm.get(m[0].toLowerCase()) ?? ''),
        )
      : [];
    for (const id of new Set([...explicit, ...used].filter(Boolean))) {
      usages.set(id, [...(usages.get(id) ?? []), { href: doc.href, title: doc.title }]);
    }
  }
  return usages;
}

export interface DefinitionRef {
  label: string;
  href?: string;
}

/**
 * Where a term is defined, as links: a pinpoint into a treaty whose articles the site
 * publishes leads to that article's page, any other to the instrument's page.
 */
export function definitionRefs(
  definedIn: readonly Citation[],
  provisions: readonly Pick<Provision, 'instrument' | 'number' | 'cite'>[],
  instruments: readonly Pick<Instrument, 'id' | 'shortTitle' | 'cite'>[],
): DefinitionRef[] {
  return definedIn.map((c) => {
    const article = /^Arts?\.?\s+(\d+)/.exec(c.pin ?? '')?.[1];
    const provision = article
      ? provisions.find((p) => p.number === Number(article) && p.cite.some((own) => own.source === c.source))
      : undefined;
    const instrument = provision
      ? instruments.find((i) => i.id === provision.instrument)
      : instruments.find((i) => i.cite.some((own) => own.source === c.source));
    const label = [instrument?.shortTitle, c.pin].filter(Boolean).join(', ');
    const href = provision
      ? paths.provision(provision.instrument, provision.number)
      : instrument && paths.instrument(instrument.id);
    return href ? { label, href } : { label };
  });
}
