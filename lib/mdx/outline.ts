/**
 * What an MDX body contains, read from its parsed tree in one walk, in reading order:
 * components with their props, HTML elements, links, headings, text, and anything that
 * would run code. Validation, citation numbering, the contents list and glossary usage all
 * read this, never the raw text, so an attribute is read the same however it is quoted
 * (`"…"`, `'…'` or `{"…"}`) and nothing inside code is mistaken for markup.
 */
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { headingId, plainHeading } from './headingIds';
import { tryParseMdx, type MdxSyntaxError } from './parse';

/** A prop as written: a string (however quoted), or `true` for a bare attribute (`<X flag>`). */
export type PropValue = string | true;

export interface ElementUse {
  /** `Cite`, `Stat` … for components; `br`, `ul` … for HTML elements; `a.b` for a member name. */
  name: string;
  props: Record<string, PropValue>;
  /** Props given as expressions (`{x}`; `{...}` for a spread): not in `props`, see `MdxOutline.expressions`. */
  computed: string[];
  line: number;
}

/** An attribute that is not a plain value: an expression (`{x}`) or a spread (`{...x}`). */
export interface AttributeExpression {
  element: string;
  /** The attribute name, or `{...}` for a spread. */
  prop: string;
  source: string;
  line: number;
}

export interface LinkUse {
  url: string;
  /** Where the URL was written: a markdown link, image or definition, or an element's attribute. */
  via: 'link' | 'image' | 'definition' | `<${string} ${string}>`;
  line: number;
}

export interface HeadingUse {
  depth: number;
  /** The heading as a reader sees it (markup reduced to its words). */
  text: string;
  /** The id the renderer gives h2 and h3 (components/mdx/MdxContent.tsx). */
  id: string;
  line: number;
}

/** Code in the body: `{expressions}` and `import`/`export` run when the page is built. */
export interface CodeUse {
  kind: 'expression' | 'esm' | 'html';
  source: string;
  line: number;
}

export interface MdxOutline {
  /** Capitalised JSX elements (the site's components), in reading order. */
  components: ElementUse[];
  /** Lower-case JSX elements (HTML written in the body), in reading order. */
  elements: ElementUse[];
  expressions: AttributeExpression[];
  links: LinkUse[];
  headings: HeadingUse[];
  code: CodeUse[];
  /** The words of the body: text nodes in order, one per entry. */
  text: string[];
}

export type OutlineResult = { ok: true; outline: MdxOutline } | { ok: false; error: MdxSyntaxError };

/** Attributes whose value is a URL that the browser follows or loads. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'cite',
  'data',
  'xlinkhref',
  'background',
  'ping',
]);

const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 1;

/** The string an attribute expression stands for, when it is only a string literal (`{"…"}`, `` {`…`} ``). */
function literalString(value: { data?: { estree?: unknown } }): string | undefined {
  const program = value.data?.estree as
    | {
        body: {
          type: string;
          expression?: {
            type: string;
            value?: unknown;
            expressions?: unknown[];
            quasis?: { value: { cooked?: string | null } }[];
          };
        }[];
      }
    | undefined;
  const statement = program?.body.length === 1 ? program.body[0] : undefined;
  const expression = statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
  if (expression?.type === 'Literal' && typeof expression.value === 'string') return expression.value;
  if (expression?.type === 'TemplateLiteral' && expression.expressions?.length === 0)
    return expression.quasis?.[0]?.value.cooked ?? undefined;
  return undefined;
}

/** An expression holding only comments (`{/* … *\/}`) is how MDX writes a comment: it runs nothing. */
const isCommentOnly = (node: { data?: { estree?: unknown } }) =>
  (node.data?.estree as { body?: unknown[] } | undefined)?.body?.length === 0;

function readElement(node: MdxJsxFlowElement | MdxJsxTextElement, outline: MdxOutline) {
  const name = node.name ?? '';
  const line = lineOf(node);
  const props: Record<string, PropValue> = {};
  const computed: string[] = [];
  const isHtml = /^[a-z]/.test(name);
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      outline.expressions.push({ element: name, prop: '{...}', source: attribute.value, line });
      computed.push('{...}');
      continue;
    }
    const { name: prop, value } = attribute;
    let text: PropValue;
    if (value === null || value === undefined) text = true;
    else if (typeof value === 'string') text = value;
    else {
      const literal = literalString(value);
      if (literal === undefined) {
        outline.expressions.push({ element: name, prop, source: value.value, line });
        computed.push(prop);
        continue;
      }
      text = literal;
    }
    props[prop] = text;
    // HTML attributes that browsers follow; a component's props are checked by its schema instead.
    if (isHtml && typeof text === 'string' && URL_ATTRIBUTES.has(prop.toLowerCase().replace(/[^a-z]/g, '')))
      outline.links.push({ url: text, via: `<${name} ${prop}>`, line });
  }
  const use = { name, props, computed, line };
  if (isHtml) outline.elements.push(use);
  else if (name) outline.components.push(use);
}

function walk(node: Nodes, outline: MdxOutline) {
  switch (node.type) {
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      readElement(node, outline);
      break;
    case 'link':
    case 'definition':
      outline.links.push({ url: node.url, via: node.type, line: lineOf(node) });
      break;
    case 'image':
      outline.links.push({ url: node.url, via: 'image', line: lineOf(node) });
      break;
    case 'heading': {
      const text = plainHeading(toString(node, { includeImageAlt: false }));
      outline.headings.push({ depth: node.depth, text, id: headingId(text), line: lineOf(node) });
      break;
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (!isCommentOnly(node)) outline.code.push({ kind: 'expression', source: node.value, line: lineOf(node) });
      break;
    case 'mdxjsEsm':
      outline.code.push({ kind: 'esm', source: node.value, line: lineOf(node) });
      break;
    case 'html':
      outline.code.push({ kind: 'html', source: node.value, line: lineOf(node) });
      break;
    case 'text':
      outline.text.push(node.value);
      break;
  }
  if ('children' in node) for (const child of node.children) walk(child, outline);
}

const outlines = new WeakMap<Root, MdxOutline>();

/** The outline of a parsed tree (computed once per tree). */
export function outlineOfTree(tree: Root): MdxOutline {
  let outline = outlines.get(tree);
  if (!outline) {
    outline = { components: [], elements: [], expressions: [], links: [], headings: [], code: [], text: [] };
    walk(tree, outline);
    outlines.set(tree, outline);
  }
  return outline;
}

/** The outline of an MDX body, or where it fails to parse. */
export function tryOutlineMdx(body: string): OutlineResult {
  const parsed = tryParseMdx(body);
  return parsed.ok ? { ok: true, outline: outlineOfTree(parsed.tree) } : parsed;
}

/** The outline of an MDX body that validation has accepted; throws on a syntax error. */
export function outlineMdx(body: string): MdxOutline {
  const result = tryOutlineMdx(body);
  if (!result.ok) throw new Error(`MDX syntax error on line ${result.error.line}: ${result.error.reason}`);
  return result.outline;
}

/** The words of an MDX body as one string: text nodes joined by single spaces (markup and code left out). */
export const mdxPlainText = (body: string): string => outlineMdx(body).text.join(' ').replace(/\s+/g, ' ').trim();
