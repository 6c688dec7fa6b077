/**
 * The one MDX parser. Every reader of an MDX body (validation, citation numbering, embedded
 * citations, the contents list, glossary usage) gets its tree from here, parsed with the same
 * syntax the build compiles (remark-mdx as @mdx-js/mdx uses it, plus remark-gfm as in
 * contentlayer.config.ts), so what is checked is what is rendered. Any loader may call it for
 * any body: content/, translated MDX, fixtures.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

/** A body that is not valid MDX: where, and what the parser says. */
export interface MdxSyntaxError {
  line: number;
  reason: string;
}

export type ParsedMdx = { ok: true; tree: Root } | { ok: false; error: MdxSyntaxError };

// Bodies are parsed once per process: a page's notes, contents and checks share one tree.
const cache = new Map<string, ParsedMdx>();

/** Parses an MDX body (without its front matter); never throws. */
export function tryParseMdx(body: string): ParsedMdx {
  let parsed = cache.get(body);
  if (!parsed) {
    try {
      parsed = { ok: true, tree: processor.parse(body) };
    } catch (error) {
      const place = error as { line?: number; reason?: string; message?: string };
      parsed = { ok: false, error: { line: place.line ?? 1, reason: place.reason ?? place.message ?? String(error) } };
    }
    cache.set(body, parsed);
  }
  return parsed;
}

/** Parses an MDX body that validation has accepted; throws on a syntax error. */
export function parseMdx(body: string): Root {
  const parsed = tryParseMdx(body);
  if (!parsed.ok) throw new Error(`MDX syntax error on line ${parsed.error.line}: ${parsed.error.reason}`);
  return parsed.tree;
}
