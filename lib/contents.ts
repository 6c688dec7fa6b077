/**
 * A page's contents list: its section headings with the ids the page gives them. For MDX
 * pages the headings are read from the parsed body (lib/mdx/outline.ts), and the renderer
 * gives each heading the id made from the same text, so the list and the anchors cannot disagree.
 */
import { outlineMdx } from './mdx/outline';

export { headingId, plainHeading } from './mdx/headingIds';

export interface ContentsEntry {
  id: string;
  text: string;
  children: ContentsEntry[];
}

/** The `##` and `###` headings of an MDX body, `###` nested under the `##` before it. */
export function contentsOfMdx(raw: string): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  for (const { depth, id, text } of outlineMdx(raw).headings) {
    if (depth !== 2 && depth !== 3) continue;
    const entry = { id, text, children: [] };
    if (depth === 2 || entries.length === 0) entries.push(entry);
    else entries.at(-1)!.children.push(entry);
  }
  return entries;
}

/** A contents list is worth showing from this many sections on. */
export const MIN_CONTENTS_ENTRIES = 3;
