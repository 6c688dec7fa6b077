/**
 * A page's contents list: its section headings with the ids the page gives them. For MDX
 * pages the headings are read from the source, and the renderer gives each heading the id
 * made here from the same text, so the list and the anchors cannot disagree.
 */

export interface ContentsEntry {
  id: string;
  text: string;
  children: ContentsEntry[];
}

/** "What the Monitor's figures mean (2024)" → "what-the-monitors-figures-mean-2024". */
export function headingId(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Heading text as a reader sees it: links, emphasis, code and inline components reduced to their words. */
export function plainHeading(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[A-Za-z][^>]*\/>/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The `##` and `###` headings of an MDX body, `###` nested under the `##` before it. */
export function contentsOfMdx(raw: string): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  let inFence = false;
  for (const line of raw.split('\n')) {
    if (/^\s*```/.test(line)) inFence = !inFence;
    const match = inFence ? null : /^(#{2,3})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!match) continue;
    const text = plainHeading(match[2]!);
    const entry = { id: headingId(text), text, children: [] };
    if (match[1] === '##' || entries.length === 0) entries.push(entry);
    else entries.at(-1)!.children.push(entry);
  }
  return entries;
}

/** A contents list is worth showing from this many sections on. */
export const MIN_CONTENTS_ENTRIES = 3;
