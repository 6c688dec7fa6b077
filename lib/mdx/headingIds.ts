/**
 * Heading ids: the renderer (components/mdx/MdxContent.tsx) and every reader of MDX
 * (the contents list, the link check) make them with these two functions, so a link to a
 * section and the section's id cannot disagree.
 */

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
