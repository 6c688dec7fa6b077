/**
 * The components an MDX body may use, each with the zod schema of its props. Validation
 * (lib/mdx/checkBody.ts) rejects any other capitalised tag and any prop its schema does not
 * accept, so `<CasualtyFigure field="kiled">` fails `npm run validate`, not the build;
 * components/mdx/MdxContent must provide exactly these (enforced by its type).
 *
 * - Prose components: Cite, Quote, Term, Stat, Note.
 * - Data components render a table, a chart or a number computed from content/data; their
 *   citations join the page's numbered notes (see lib/embeddedCitations.ts). Tables and
 *   charts take no props.
 */
import { z } from 'zod';
import { casualtyFields } from './content/schemas';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an id (lowercase letters, digits and hyphens)');
// Checked, not trimmed: a prop reaches the page exactly as written.
const text = z.string().regex(/\S/, 'must not be empty');
const year = z.string().regex(/^\d{4}$/, 'must be a year (four digits)');
const noProps = z.strictObject({});

export const proseComponentProps = {
  Cite: z.strictObject({ source: id, pin: text.optional() }),
  Quote: z.strictObject({ source: id, pin: text.optional(), by: text.optional() }),
  Term: z.strictObject({ id }),
  Stat: z.strictObject({ id }),
  Note: z.strictObject({ title: text.optional() }),
};

export const dataComponentProps = {
  WithdrawalsTable: noProps,
  PartiesCountHistory: noProps,
  // High Contracting Parties to CCW Amended Protocol II, counted from the state records:
  ApiiPartiesCount: noProps,
  CasualtyChart: noProps,
  CasualtyTable: noProps,
  LatestYear: noProps,
  ContaminationTable: noProps,
  // Numbers in prose, read from the casualty data (props name the row and the field):
  CasualtyFigure: z.strictObject({
    year,
    field: z.enum(casualtyFields, { error: `must be one of ${casualtyFields.join(', ')}` }),
  }),
  CountryCasualties: z.strictObject({
    iso: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code in capitals'),
  }),
  CivilianShareRange: z.strictObject({ from: year }),
};

export const mdxComponentProps = { ...proseComponentProps, ...dataComponentProps };

export type DataComponentName = keyof typeof dataComponentProps;
export type MdxComponentName = keyof typeof mdxComponentProps;
/** The props a component receives, as its schema gives them. */
export type MdxComponentProps<N extends MdxComponentName> = z.infer<(typeof mdxComponentProps)[N]>;

export const proseComponentNames = Object.keys(proseComponentProps);
export const dataComponentNames = Object.keys(dataComponentProps);
export const mdxComponentNames: readonly string[] = [...proseComponentNames, ...dataComponentNames];

export const isMdxComponentName = (name: string): name is MdxComponentName => Object.hasOwn(mdxComponentProps, name);
export const isDataComponentName = (name: string): name is DataComponentName => Object.hasOwn(dataComponentProps, name);
