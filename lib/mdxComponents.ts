/**
 * The components an MDX body may use. The integrity check rejects any other capitalised
 * tag (MDX would otherwise fail only when the page renders), and components/mdx/MdxContent
 * must provide exactly these (enforced by its type).
 *
 * - Prose components: Cite, Quote, Term, Stat, Note.
 * - Data components render a table or chart computed from content/data; they take no props,
 *   and their citations join the page's numbered notes (see lib/embeddedCitations.ts).
 */
export const proseComponentNames = ['Cite', 'Quote', 'Term', 'Stat', 'Note'] as const;
export const dataComponentNames = [
  'WithdrawalsTable',
  'PartiesCountHistory',
  'CasualtyChart',
  'CasualtyTable',
  'LatestYear',
  'ContaminationTable',
] as const;
export type DataComponentName = (typeof dataComponentNames)[number];
export type MdxComponentName = (typeof proseComponentNames)[number] | DataComponentName;
export const mdxComponentNames: readonly string[] = [...proseComponentNames, ...dataComponentNames];
