/**
 * Remark plugin: in each MDX body, the first use of every glossary term becomes a `<Term>`
 * link, unless the author already linked it. Not inside headings, links, code, quotations
 * (treaty text stays as written), citations, figures or existing term links.
 */
import { splitFirstUses, termMatcher, type TermForms } from '../glossaryLinks';

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

export function remarkTermLinks(options: { terms: readonly TermForms[] }) {
  const matcher = termMatcher(options.terms);
  return (tree: MdNode) => {
    if (options.terms.length === 0) return;
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
