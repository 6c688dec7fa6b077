/**
 * The content model, as zod schemas. Every type the site uses for content is derived
 * from these with `z.infer`; nothing is declared twice. The contentlayer config builds
 * its field lists from the same shapes (see `contentlayerFields`).
 *
 * Conventions:
 * - ids are lowercase-kebab and unique within their type;
 * - dates are ISO strings (`YYYY-MM-DD`); a source's publication date may be `YYYY-MM` or `YYYY`;
 * - every fact-bearing record carries `sources` (ids of Source records) or `cite` (with pinpoints).
 */
import { z } from 'zod';

const isRealDate = (s: string) => {
  const [y, m, d] = s.split('-').map(Number);
  const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  return date.getUTCFullYear() === y && date.getUTCMonth() + 1 === (m ?? 1) && date.getUTCDate() === (d ?? 1);
};

/**
 * YAML parsers differ on unquoted dates (some yield a Date, some a string, contentlayer a
 * full timestamp). Normalise all of them to the plain `YYYY-MM-DD` string before checking.
 */
const normaliseDate = (value: unknown) => {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/.test(value)) return value.slice(0, 10);
  return value;
};

export const isoDate = z.preprocess(
  normaliseDate,
  z
    .string({ error: 'must be a date written YYYY-MM-DD' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD', abort: true })
    .refine(isRealDate, 'is not a real calendar date'),
);

/** A publication date: a day, a month or only a year. */
export const partialDate = z.preprocess(
  normaliseDate,
  z
    .string({ error: 'must be a date written YYYY-MM-DD, YYYY-MM or YYYY' })
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'must be a date written YYYY-MM-DD, YYYY-MM or YYYY', abort: true })
    .refine(isRealDate, 'is not a real calendar date'),
);

export const id = z
  .string({ error: 'must be an id (lowercase letters, digits and hyphens)' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be an id (lowercase letters, digits and hyphens)');

const nonEmpty = z.string({ error: 'must be text' }).trim().min(1, 'must not be empty');
const sourceIds = z.array(id).min(1, 'must cite at least one source');

/** A citation of a source with an optional pinpoint (article, paragraph, section, page). */
export const citation = z.strictObject({
  source: id,
  pin: nonEmpty.optional(),
});
export type Citation = z.infer<typeof citation>;

/**
 * One entry in a page's change history, written in the content file beside the text it
 * describes: the date and, in a sentence, what changed for a reader. Newest first.
 */
export const pageChange = z.strictObject({ date: isoDate, summary: nonEmpty });
export type PageChange = z.infer<typeof pageChange>;
const pageChanges = z
  .array(pageChange)
  .min(1, 'must list at least the first publication')
  .refine((list) => list.every((c, i) => i === 0 || list[i - 1]!.date >= c.date), 'must be in order, newest first');

/** A page cannot have changed after it was last reviewed: its review date covers every change. */
function changesNotAfter(field: 'asOf' | 'reviewed') {
  return (doc: { changes: PageChange[] } & Partial<Record<'asOf' | 'reviewed', string>>, ctx: z.RefinementCtx) => {
    const reviewed = doc[field];
    doc.changes.forEach((change, i) => {
      if (reviewed && change.date > reviewed)
        ctx.addIssue({ code: 'custom', path: ['changes', i, 'date'], message: `is after the ${field} date ${reviewed}` });
    });
  };
}

// ---------------------------------------------------------------- Source

export const sourceTypes = ['treaty', 'government', 'intergovernmental', 'ngo', 'news', 'academic'] as const;
export const sourceType = z.enum(sourceTypes);
export type SourceType = z.infer<typeof sourceType>;

/**
 * How far a source can carry a fact on its own: primary (treaty texts, the depositary,
 * governments, the Convention's own bodies), established (Landmine Monitor, ICRC, UN bodies,
 * established NGOs, news agencies and papers of record), weak (blogs, newsletters, aggregators,
 * statistics listicles, republished or machine-translated copies).
 */
export const sourceTiers = ['primary', 'established', 'weak'] as const;
export const sourceTier = z.enum(sourceTiers);
export type SourceTier = z.infer<typeof sourceTier>;

export const sourceSchema = z.strictObject({
  id,
  type: sourceType,
  /** Optional until every record carries one (issue 11). */
  tier: sourceTier.optional(),
  title: nonEmpty,
  author: nonEmpty,
  publisher: nonEmpty.optional(),
  /** Publication date; omit for an undated page (shown as "n.d."). */
  date: partialDate.nullish(),
  url: z.url({ error: 'must be an absolute http(s) URL' }),
  /** An archived copy; when absent, a Wayback Machine link for the access date is derived. */
  archivedUrl: z.url({ error: 'must be an absolute http(s) URL' }).optional(),
  accessed: isoDate,
  note: nonEmpty.optional(),
});
export type Source = z.infer<typeof sourceSchema>;

// ---------------------------------------------------------------- Dimension

export const dimensionSchema = z.strictObject({
  id,
  label: nonEmpty,
  /** One plain sentence saying what the dimension asks of an instrument. */
  definition: nonEmpty,
});
export const dimensionListSchema = z.strictObject({
  dimensions: z.array(dimensionSchema).min(1),
});
export type Dimension = z.infer<typeof dimensionSchema>;

// ---------------------------------------------------------------- Instrument and Position

/**
 * How an instrument treats a dimension. `required` is added to the four stances of the design
 * sketch because several dimensions are duties (destroy stocks, clear land, report), for which
 * "prohibited/permitted" would misdescribe the rule.
 */
export const stances = ['prohibited', 'restricted', 'permitted', 'required', 'not-addressed'] as const;
export const stance = z.enum(stances);
export type Stance = z.infer<typeof stance>;

export const positionSchema = z.strictObject({
  stance,
  summary: nonEmpty,
  cite: z.array(citation).min(1, 'must cite at least one source'),
});
export type Position = z.infer<typeof positionSchema>;

export const instrumentKinds = ['treaty', 'protocol', 'national-policy', 'decision'] as const;
export const instrumentKind = z.enum(instrumentKinds);
export type InstrumentKind = z.infer<typeof instrumentKind>;

/** A date that a page states, with the sources that establish it. */
export const datedFactSchema = z.strictObject({
  date: isoDate,
  cite: z.array(citation).min(1, 'must cite at least one source'),
});
export type DatedFact = z.infer<typeof datedFactSchema>;

export const instrumentDateKinds = ['adopted', 'openedForSignature', 'inForce', 'announced', 'superseded'] as const;
export const instrumentDatesSchema = z.strictObject({
  adopted: datedFactSchema.optional(),
  openedForSignature: datedFactSchema.optional(),
  inForce: datedFactSchema.optional(),
  announced: datedFactSchema.optional(),
  superseded: datedFactSchema.optional(),
});

export const instrumentSchema = z.strictObject({
  id,
  title: nonEmpty,
  shortTitle: nonEmpty,
  kind: instrumentKind,
  /** Who it binds or speaks for: "international", "United States", … */
  jurisdiction: nonEmpty,
  dates: instrumentDatesSchema,
  /** Who holds the treaty's original and receives instruments (treaties only). */
  depositary: z.strictObject({ name: nonEmpty, cite: z.array(citation).min(1) }).optional(),
  /** Ids of instruments this one replaces. */
  supersedes: z.array(id).default([]),
  /**
   * Whose policy this is, for successive versions of one actor's policy ("united-states"):
   * consecutive versions are compared dimension by dimension on the "what changed" views.
   */
  actor: id.optional(),
  /** Who announced it and in which document (policies and decisions). */
  announcement: z
    .strictObject({
      by: nonEmpty,
      document: nonEmpty,
      cite: z.array(citation).min(1, 'must cite at least one source'),
    })
    .optional(),
  summary: nonEmpty,
  /** The date this instrument's page was last checked against its sources (its last-reviewed date). */
  asOf: isoDate,
  /** What changed on the page and when (shown on the page and in /feed.xml). */
  changes: pageChanges,
  sources: sourceIds,
  /** One position per dimension id; completeness is checked against the dimension list. */
  positions: z.record(id, positionSchema).default({}),
}).superRefine(changesNotAfter('asOf'));
export type Instrument = z.infer<typeof instrumentSchema>;

// ---------------------------------------------------------------- Provision

export const paragraphSchema = z.strictObject({
  /** As printed: '1', '2'…; preamble recitals 'p1', 'p2'… Becomes the anchor `#para-<id>`. */
  id: z.string().regex(/^(p?\d+)$/, "must be a paragraph number such as '1' or 'p1'"),
  text: nonEmpty,
});

export const provisionSchema = z.strictObject({
  instrument: id,
  /** 0 for a preamble. */
  number: z.number().int().min(0),
  title: nonEmpty,
  sources: sourceIds,
  paragraphs: z.array(paragraphSchema).min(1),
  keyPoints: z.array(nonEmpty).default([]),
  related: z.array(z.number().int().min(0)).default([]),
  /** The date the text and explanation were last checked against the sources. */
  reviewed: isoDate,
  changes: pageChanges,
}).superRefine(changesNotAfter('reviewed'));
export type Provision = z.infer<typeof provisionSchema>;

// ---------------------------------------------------------------- Topic, Page and Term

export const topicSchema = z.strictObject({
  slug: id,
  title: nonEmpty,
  description: nonEmpty,
  /** The date the page's facts were last checked against its sources (its last-reviewed date). */
  asOf: isoDate,
  changes: pageChanges,
}).superRefine(changesNotAfter('asOf'));
export type Topic = z.infer<typeof topicSchema>;

export const termSchema = z.strictObject({
  id,
  term: nonEmpty,
  definition: nonEmpty,
  sources: sourceIds,
  seeAlso: z.array(id).default([]),
});
export type Term = z.infer<typeof termSchema>;

// ---------------------------------------------------------------- State

export const consentTypes = ['ratification', 'accession', 'succession', 'acceptance', 'approval'] as const;
export const regions = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'] as const;

export const ottawaRecordSchema = z.strictObject({
  signed: isoDate.nullable(),
  consent: isoDate.nullable(),
  consentType: z.enum(consentTypes).nullable(),
  withdrawalNotified: isoDate.optional(),
  withdrawalEffective: isoDate.optional(),
  /** Withdrawal notified while the state is engaged in armed conflict (Art. 20(3)). */
  withdrawalArmedConflict: z.boolean().optional(),
  /**
   * A notice that the state suspends the treaty's operation for itself (Ukraine, July 2025,
   * citing VCLT Art. 62). The treaty provides for no suspension, so the state's status from
   * this date is shown as contested, and it is still counted as a State Party.
   */
  suspensionNotified: isoDate.optional(),
  /**
   * Some date in this record could not yet be checked against a source. The site then
   * shows "not yet verified" instead of computing a status it cannot stand behind.
   */
  unverified: z.boolean().default(false),
  notes: z.string().default(''),
  /** May be empty only for an unverified record that states no date (checked in validate.ts). */
  sources: z.array(id),
});

export const treatyConsentSchema = z.strictObject({
  consent: isoDate.nullable(),
  /**
   * When the consent date is not known but a dated source lists the state as bound: the date
   * of that source. The site then says "bound by this date at the latest", citing it.
   */
  reportedBoundBy: isoDate.optional(),
  unverified: z.boolean().default(false),
  notes: z.string().default(''),
  sources: z.array(id),
});

export const stateSchema = z.strictObject({
  iso: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code in capitals'),
  name: nonEmpty,
  region: z.enum(regions),
  ottawa: ottawaRecordSchema,
  ccwAmendedProtocolII: treatyConsentSchema,
  /**
   * The date the record was last checked. Optional: without it the page shows the latest
   * access date of the sources the record cites, which is when they were last checked.
   */
  reviewed: isoDate.optional(),
  /** What changed on the state's page and when, newest first. */
  changes: z.array(pageChange).default([]),
}).superRefine(changesNotAfter('reviewed'));
export type StateRecord = z.infer<typeof stateSchema>;
export type OttawaRecord = z.infer<typeof ottawaRecordSchema>;

// ---------------------------------------------------------------- Reported figures

/**
 * A number as a source reports it, on a stated date: used where the site cannot (yet)
 * compute the figure from its own records, and as a cross-check where it can.
 */
export const reportedFigureSchema = z.strictObject({
  id,
  label: nonEmpty,
  value: z.number().nonnegative(),
  /** Singular and plural nouns for prose: "State Party" / "States Parties". */
  unit: z.strictObject({ one: nonEmpty, other: nonEmpty }),
  asOf: isoDate,
  cite: z.array(citation).min(1, 'must cite at least one source'),
  note: nonEmpty.optional(),
});
export type ReportedFigure = z.infer<typeof reportedFigureSchema>;

export const timelineEventSchema = z.strictObject({
  date: isoDate,
  title: nonEmpty,
  instrument: id.optional(),
  sources: sourceIds,
});
export const timelineSchema = z.strictObject({
  events: z.array(timelineEventSchema).min(1),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

// ---------------------------------------------------------------- Civilian risk data

/** The first calendar year the Landmine Monitor reported on (its 1999 report covers 1999). */
export const FIRST_CASUALTY_YEAR = 1999;
const count = z.number({ error: 'must be a whole number' }).int('must be a whole number').nonnegative('must not be negative');
const percent = z.number({ error: 'must be a percentage' }).min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100');
const citations = z.array(citation).min(1, 'must cite at least one source');

export const casualtyRowSchema = z.strictObject({
  year: z.number().int('must be a year'),
  total: count,
  killed: count.optional(),
  injured: count.optional(),
  /** Survival status not known. */
  unknown: count.optional(),
  /** Civilians as a share of casualties whose civilian/military status was known. */
  civilianPercent: percent.optional(),
  /** Children as a share of civilian casualties. */
  childPercentOfCivilian: percent.optional(),
  /** The Landmine Monitor edition the row's figures come from. */
  edition: nonEmpty,
  cite: citations,
  note: nonEmpty.optional(),
});
export type CasualtyRow = z.infer<typeof casualtyRowSchema>;

/**
 * A year with no row, explained: no edition published a total, or none could be verified.
 * It keeps the series honest about what is missing instead of leaving a silent hole.
 */
export const casualtyGapSchema = z.strictObject({
  year: z.number().int('must be a year'),
  note: nonEmpty,
  cite: citations,
});
export type CasualtyGap = z.infer<typeof casualtyGapSchema>;

export const casualtySeriesSchema = z.strictObject({
  asOf: isoDate,
  rows: z.array(casualtyRowSchema).min(1),
  gaps: z.array(casualtyGapSchema).default([]),
});
export type CasualtySeries = z.infer<typeof casualtySeriesSchema>;

const citedValue = z.strictObject({ value: percent, cite: citations });

export const casualtiesLatestSchema = z.strictObject({
  year: z.number().int(),
  edition: nonEmpty,
  asOf: isoDate,
  improvisedMinePercent: citedValue.optional(),
  countries: z
    .array(
      z.strictObject({
        iso: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code in capitals').optional(),
        name: nonEmpty,
        total: count,
        cite: citations,
      }),
    )
    .min(1),
  caveats: z.array(z.strictObject({ text: nonEmpty, cite: citations })).default([]),
});
export type CasualtiesLatest = z.infer<typeof casualtiesLatestSchema>;

/** The Landmine Monitor's bands of contaminated area. */
export const contaminationExtents = ['massive', 'large', 'medium', 'small', 'unclear'] as const;

export const contaminationSchema = z.strictObject({
  asOf: isoDate,
  areas: z
    .array(
      z.strictObject({
        iso: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code in capitals').optional(),
        name: nonEmpty,
        extent: z.enum(contaminationExtents),
        cite: citations,
        article5: z
          .strictObject({
            deadline: isoDate,
            extensions: count.optional(),
            cite: citations,
          })
          .optional(),
        note: nonEmpty.optional(),
      }),
    )
    .min(1),
});
export type Contamination = z.infer<typeof contaminationSchema>;
export type ContaminatedArea = Contamination['areas'][number];
