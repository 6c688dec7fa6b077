/**
 * The components an MDX body may use. The integrity check rejects any other capitalised
 * tag (MDX would otherwise fail only when the page renders), and components/mdx/MdxContent
 * must provide exactly these (enforced by its type).
 *
 * - Prose components: Cite, Quote, Term, Stat, Note.
 * - Data components render a table, a chart or a number computed from content/data; their
 *   citations join the page's numbered notes (see lib/embeddedCitations.ts).
 */
export const proseComponentNames = ['Cite', 'Quote', 'Term', 'Stat', 'Note'] as const;
export const dataComponentNames = [
  'WithdrawalsTable',
  'PartiesCountHistory',
  // High Contracting Parties to CCW Amended Protocol II, counted from the state records:
  'ApiiPartiesCount',
  'CasualtyChart',
  'CasualtyTable',
  'LatestYear',
  'ContaminationTable',
  // Numbers in prose, read from the casualty data (props name the row and the field):
  'CasualtyFigure',
  'CountryCasualties',
  'CivilianShareRange',
] as const;
export type DataComponentName = (typeof dataComponentNames)[number];
export type MdxComponentName = (typeof proseComponentNames)[number] | DataComponentName;
export const mdxComponentNames: readonly string[] = [...proseComponentNames, ...dataComponentNames];
