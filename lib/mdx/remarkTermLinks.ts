/**
 * Remark plugin: in each MDX body, the first use of every glossary term becomes a `<Term>`
 * link, unless the author already linked it. Not inside headings, links, code, quotations
 * (treaty text stays as written), citations, figures, existing term links or proper names
 * (lib/glossaryLinks.ts, PROPER_NAMES). A French or Spanish body (content/i18n/<locale>/…)
 * links by that edition's own term wordings; the link's target is the page's business
 * (the edition's glossary, via the page's `termHref`).
 */
import { PROPER_NAMES, splitFirstUses, termMatcher, type TermForms, type TermMatcher } from '../glossaryLinks';
import { localeOfFile } from '../content/validateTranslations';
import type { Locale, TranslatedLocale } from '../i18n/locales';

interface MdNode {
  type: string;
  value?: string;
  name?: string | null;
  children?: MdNode[];
  attributes?: { type: string; name?: string; value?: unknown }[];
}

const SKIP_TYPES = new Set([
  'heading',
  'link',
  'linkReference',
  'inlineCode',
  'code',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
]);
const SKIP_COMPONENTS = new Set(['Term', 'Cite', 'Quote', 'Stat']);
const isJsx = (node: MdNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** Terms the author linked by hand count as linked from the start. */
function authorLinked(node: MdNode, into: Set<string>) {
  if (isJsx(node) && node.name === 'Term') {
    const id = node.attributes?.find((a) => a.name === 'id')?.value;
    if (typeof id === 'string') into.add(id);
  }
  for (const child of node.children ?? []) authorLinked(child, into);
}

const termElement = (id: string, text: string): MdNode => ({
  type: 'mdxJsxTextElement',
  name: 'Term',
  attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }],
  children: [{ type: 'text', value: text }],
});

/** The document's path under content/ (`i18n/fr/topics/withdrawals.mdx`), which contentlayer puts on the vfile. */
function sourcePathOf(file: { data?: object } | undefined): string | undefined {
  const raw = file?.data && 'rawDocumentData' in file.data ? file.data.rawDocumentData : undefined;
  if (!raw || typeof raw !== 'object' || !('sourceFilePath' in raw)) return undefined;
  return typeof raw.sourceFilePath === 'string' ? raw.sourceFilePath : undefined;
}

export function remarkTermLinks(options: {
  terms: readonly TermForms[];
  /** Each edition's own term wordings (content/i18n/<locale>/glossary/). */
  translatedTerms?: Partial<Record<TranslatedLocale, readonly TermForms[]>>;
}) {
  const termsIn = (locale: Locale) => (locale === 'en' ? options.terms : (options.translatedTerms?.[locale] ?? []));
  const matchers = new Map<Locale, TermMatcher>();
  const matcherFor = (locale: Locale) => {
    const made = matchers.get(locale) ?? termMatcher(termsIn(locale), PROPER_NAMES[locale]);
    matchers.set(locale, made);
    return made;
  };
  return (tree: MdNode, file?: { data?: object }) => {
    const path = sourcePathOf(file);
    const locale: Locale = (path && localeOfFile(path)) || 'en';
    if (termsIn(locale).length === 0) return;
    const matcher = matcherFor(locale);
    const linked = new Set<string>();
    authorLinked(tree, linked);
    const walk = (node: MdNode) => {
      if (!node.children) return;
      const next: MdNode[] = [];
      for (const child of node.children) {
        if (child.type === 'text' && child.value) {
          for (const s of splitFirstUses(child.value, matcher, linked))
            next.push(s.termId ? termElement(s.termId, s.text) : { type: 'text', value: s.text });
        } else {
          if (!SKIP_TYPES.has(child.type) && !(isJsx(child) && child.name && SKIP_COMPONENTS.has(child.name)))
            walk(child);
          next.push(child);
        }
      }
      node.children = next;
    };
    walk(tree);
  };
}
