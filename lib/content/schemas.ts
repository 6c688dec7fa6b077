/**
 * The content model, as zod schemas. Every type the site uses for content is derived
 * from these with `z.infer`; nothing is declared twice. The contentlayer config builds
 * its field lists from the same shapes (see `contentlayerFields`).
 *
 * Conventions:
 * - ids are lowercase-kebab and unique within their type;
 * - dates are ISO strings (`YYYY-MM-DD`); a source's publication date may be `YYYY-MM` or `YYYY`;
 * - every fact-bearing record carries `cite`: a list of citations, each a Source id with an
 *   optional pinpoint. There is no other citation shape (see content/README.md, "Citations").
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

/** A citation of a source with an optional pinpoint (article, paragraph, section, page). */
export const citation = z.strictObject({
  source: id,
  pin: nonEmpty.optional(),
});
export type Citation = z.infer<typeof citation>;
/** The citations of a fact-bearing record: at least one. */
const citations = z.array(citation).min(1, 'must cite at least one source');

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
export const sourceTier = z.enum(sourceTiers, { error: 'must be one of primary, established, weak (see content/README.md)' });
export type SourceTier = z.infer<typeof sourceTier>;

/** A web address readers can follow: http or https only (z.url alone accepts javascript: and data:). */
export const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' });

export const sourceSchema = z.strictObject({
  id,
  type: sourceType,
  /** Required: a legal status or a date may not rest on weak sources alone (lib/content/sourceTiers.ts). */
  tier: sourceTier,
  title: nonEmpty,
  author: nonEmpty,
  publisher: nonEmpty.optional(),
  /** Publication date; omit for an undated page (shown as "n.d."). */
  date: partialDate.nullish(),
  url: httpUrl,
  /** An archived copy; when absent, a Wayback Machine link for the access date is derived. */
  archivedUrl: httpUrl.optional(),
  accessed: isoDate,
  note: nonEmpty.optional(),
  /** The language the document is written in (BCP 47), for copies of the treaty in its authentic languages. */
  language: z
    .string({ error: 'must be a BCP 47 language code such as fr' })
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language code such as fr')
    .optional(),
});
export type Source = z.infer<typeof sourceSchema>;

// ---------------------------------------------------------------- Dimension

export const dimensionSchema = z.strictObject({
  id,
  label: nonEmpty,
  /** One plain sentence saying what the dimension asks of an instrument. */
  definition: nonEmpty,
  /**
   * The dimension's own scale, when the generic stances (prohibited … permitted) do not fit it:
   * ordered levels; each instrument's position then names its `level`, and the comparison
   * shows and compares levels ("Korean Peninsula only", "Binding treaty").
   */
  scale: z.array(z.strictObject({ id, label: nonEmpty })).min(2).optional(),
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
  /** The level on the dimension's own scale (required exactly when the dimension has one). */
  level: id.optional(),
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
  /**
   * The summary in the French and Spanish editions' words (same facts, same attributions), for
   * the answers' `{us-policy-summary}`: a policy that an edition's answer names must have one.
   */
  summaryTranslations: z.strictObject({ fr: nonEmpty.optional(), es: nonEmpty.optional() }).optional(),
  /** The date this instrument's page was last checked against its sources (its last-reviewed date). */
  asOf: isoDate,
  /** What changed on the page and when (shown on the page and in /feed.xml). */
  changes: pageChanges,
  cite: citations,
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
  cite: citations,
  paragraphs: z.array(paragraphSchema).min(1),
  keyPoints: z.array(nonEmpty).default([]),
  related: z.array(z.number().int().min(0)).default([]),
  /** The date the text and explanation were last checked against the sources. */
  reviewed: isoDate,
  changes: pageChanges,
}).superRefine(changesNotAfter('reviewed'));
export type Provision = z.infer<typeof provisionSchema>;

// ---------------------------------------------------------------- Authentic texts (Ottawa Art. 22)

/** The six languages whose texts Article 22 makes equally authentic. */
export const authenticLanguages = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export const authenticLanguage = z.enum(authenticLanguages, {
  error: 'must be one of the six authentic languages of Article 22: ar, zh, en, fr, ru, es',
});
export type AuthenticLanguage = z.infer<typeof authenticLanguage>;

/** official: the whole text from an official copy; partial: only some parts; not-found: no official copy. */
export const textStatuses = ['official', 'partial', 'not-found'] as const;
export type TextStatus = (typeof textStatuses)[number];

const partSlug = z
  .string({ error: "must be a part of the treaty such as 'preamble' or 'article-3'" })
  .regex(/^(preamble|article-[1-9]\d*)$/, "must be a part of the treaty such as 'preamble' or 'article-3'");

/** content/texts/<instrument>/<lang>/language.yaml: what we found of one authentic text and where. */
export const textLanguageSchema = z
  .strictObject({
    language: authenticLanguage,
    name: nonEmpty,
    nativeName: nonEmpty,
    dir: z.enum(['ltr', 'rtl'], { error: 'must be ltr or rtl' }),
    status: z.enum(textStatuses, { error: 'must be one of official, partial, not-found' }),
    /** The official copy whose reading we follow where copies differ. */
    followed: id.optional(),
    /** Every official copy compared. */
    cite: z.array(citation).default([]),
    /** For a partial text: the parts no official copy gave us. */
    missing: z.array(partSlug).optional(),
    note: nonEmpty,
  })
  .superRefine((doc, ctx) => {
    const issue = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: [field], message });
    if (doc.status === 'not-found') {
      if (doc.followed) issue('followed', 'must be left out when no official copy was found (status not-found)');
    } else {
      if (!doc.followed) issue('followed', `is required when status is ${doc.status}: the copy whose reading we follow`);
      if (doc.cite.length === 0) issue('cite', `must list the official copies compared when status is ${doc.status}`);
      if (doc.followed && !doc.cite.some((c) => c.source === doc.followed)) issue('followed', 'must be one of the sources cited');
    }
    if (doc.status === 'partial' && !doc.missing?.length)
      issue('missing', "is required when status is partial: list the parts no official copy gave (e.g. [article-3])");
    if (doc.status !== 'partial' && doc.missing) issue('missing', 'is only for a partial text');
    if ((doc.language === 'ar') !== (doc.dir === 'rtl')) issue('dir', doc.language === 'ar' ? 'must be rtl for Arabic' : 'must be ltr');
  });
export type TextLanguage = z.infer<typeof textLanguageSchema>;

const paragraphId = paragraphSchema.shape.id;

/** Where two official copies of one language differ: each reading, the one followed and why. */
export const textDifferenceSchema = z
  .strictObject({
    paragraph: paragraphId,
    readings: z.array(z.strictObject({ source: id, text: nonEmpty })).min(2, 'must give at least two readings'),
    followed: id,
    note: nonEmpty,
  })
  .superRefine((d, ctx) => {
    if (!d.readings.some((r) => r.source === d.followed))
      ctx.addIssue({ code: 'custom', path: ['followed'], message: 'must be the source of one of the readings' });
  });
export type TextDifference = z.infer<typeof textDifferenceSchema>;

/** content/texts/<instrument>/<lang>/<part>.yaml: one part of an authentic text, exactly as the copy followed prints it. */
export const textPartSchema = z.strictObject({
  instrument: id,
  language: authenticLanguage,
  /** 0 for the preamble, as in content/provisions. */
  number: z.number({ error: 'must be a whole number (0 for the preamble)' }).int().min(0),
  title: nonEmpty,
  cite: citations,
  paragraphs: z.array(paragraphSchema).min(1),
  differences: z.array(textDifferenceSchema).default([]),
});
export type TextPart = z.infer<typeof textPartSchema>;

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
  /** Other wordings that count as a use of the term when linking first uses ("States Parties"). */
  aliases: z.array(nonEmpty).default([]),
  definition: nonEmpty,
  cite: citations,
  /** The treaty articles that define the term, with pinpoints (shown beside the definition). */
  definedIn: z.array(citation).default([]),
  seeAlso: z.array(id).default([]),
});
export type Term = z.infer<typeof termSchema>;

// ---------------------------------------------------------------- State

export const consentTypes = ['ratification', 'accession', 'succession', 'acceptance', 'approval'] as const;
export const regions = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'] as const;

/**
 * Article 5 (clearance of mined areas): what happened after the original ten-year deadline,
 * which is computed from entry into force and never stored. Each extension granted (Art. 5(3)-(6))
 * and each completion declared is a dated, cited record; lib/article5.ts reads them as of a date.
 */
export const article5ExtensionSchema = z
  .strictObject({
    /** When the States Parties decided it (the meeting's date, month or year as the source gives it). */
    decided: partialDate.optional(),
    /** When the decision date is not known: the date of a source showing the deadline in force. */
    reportedBy: partialDate.optional(),
    /** The meeting that granted it, in words ("Eighteenth Meeting of the States Parties"). */
    meeting: nonEmpty.optional(),
    newDeadline: isoDate,
    cite: z.array(citation).min(1, 'must cite at least one source'),
    /** Known only from a copy or secondary report: the page says it is not verified. */
    unverified: z.boolean().default(false),
  })
  .refine((e) => Boolean(e.decided) !== Boolean(e.reportedBy), {
    message: 'must give exactly one of decided (the decision date) or reportedBy (the date of a source that shows it)',
    path: ['decided'],
  });
export type Article5Extension = z.infer<typeof article5ExtensionSchema>;

export const article5RecordSchema = z.strictObject({
  extensions: z.array(article5ExtensionSchema).default([]),
  /** The state declared its known mined areas cleared (a later extension means new areas were found). */
  completed: z
    .strictObject({
      declared: partialDate,
      cite: z.array(citation).min(1),
      /** Reported only by a secondary source: the page says it is reported and not verified. */
      unverified: z.boolean().default(false),
    })
    .optional(),
  /**
   * A request whose outcome no stored source reports: what was asked, what we searched and when.
   * The page then says the deadline passed with no extension found as of `asOf`.
   */
  pendingRequest: z
    .strictObject({ text: nonEmpty, searched: nonEmpty, asOf: isoDate, cite: z.array(citation).min(1) })
    .optional(),
  /** Reader text: what is uncertain about these records, in plain words. */
  note: nonEmpty.optional(),
  /** For maintainers only; never rendered. */
  editorNote: nonEmpty.optional(),
});
export type Article5Record = z.infer<typeof article5RecordSchema>;

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
  /** For maintainers only; never rendered. */
  editorNote: nonEmpty.optional(),
  /** May be empty only for an unverified record that states no date (checked in validate.ts). */
  cite: z.array(citation),
  article5: article5RecordSchema.optional(),
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
  /** For maintainers only; never rendered. */
  editorNote: nonEmpty.optional(),
  cite: z.array(citation),
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
  cite: citations,
  /** Known only from weak sources (e.g. a republished copy of a wire report): the page says so. */
  unverified: z.boolean().default(false),
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

/**
 * What a casualty share is a share of. Sources differ (the Monitor's own reports use casualties
 * whose status or age was known; some releases give shares of all recorded casualties), so every
 * share carries its denominator and every table, chart and sentence shows it.
 */
export const civilianShareBases = ['all-casualties', 'known-status', 'not-stated'] as const;
export const childShareBases = ['all-casualties', 'civilian-casualties', 'civilian-casualties-known-age'] as const;
export type ShareBase = (typeof civilianShareBases)[number] | (typeof childShareBases)[number];

export const casualtyRowSchema = z.strictObject({
  year: z.number().int('must be a year'),
  total: count,
  killed: count.optional(),
  injured: count.optional(),
  /** Survival status not known. */
  unknown: count.optional(),
  /** Civilians as a share of casualties; `civilianPercentOf` says of which casualties. */
  civilianPercent: percent.optional(),
  civilianPercentOf: z.enum(civilianShareBases).optional(),
  /** Children as a share of casualties; `childPercentOf` says of which casualties. */
  childPercent: percent.optional(),
  childPercentOf: z.enum(childShareBases).optional(),
  /** The Landmine Monitor edition the row's figures come from. */
  edition: nonEmpty,
  cite: citations,
  note: nonEmpty.optional(),
  /** For maintainers only; never rendered. */
  editorNote: nonEmpty.optional(),
})
  .refine((r) => (r.civilianPercent === undefined) === (r.civilianPercentOf === undefined), {
    message: 'civilianPercent needs civilianPercentOf (what it is a share of), and the reverse',
    path: ['civilianPercentOf'],
  })
  .refine((r) => (r.childPercent === undefined) === (r.childPercentOf === undefined), {
    message: 'childPercent needs childPercentOf (what it is a share of), and the reverse',
    path: ['childPercentOf'],
  });
export type CasualtyRow = z.infer<typeof casualtyRowSchema>;
/** The numbers of a row that prose may quote (`<CasualtyFigure field>`). */
export const casualtyFields = ['total', 'killed', 'injured', 'unknown', 'civilianPercent', 'childPercent'] as const;
export type CasualtyField = (typeof casualtyFields)[number];

/**
 * A year with no row, explained: no edition published a total, or none could be verified.
 * It keeps the series honest about what is missing instead of leaving a silent hole.
 */
export const casualtyGapSchema = z.strictObject({
  year: z.number().int('must be a year'),
  note: nonEmpty,
  cite: citations,
  /** For maintainers only; never rendered. */
  editorNote: nonEmpty.optional(),
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
        /** Reader text: what the band rests on and what is uncertain. */
        note: nonEmpty.optional(),
        /** For maintainers only; never rendered. */
        editorNote: nonEmpty.optional(),
      }),
    )
    .min(1),
});
export type Contamination = z.infer<typeof contaminationSchema>;
export type ContaminatedArea = Contamination['areas'][number];

// ---------------------------------------------------------------- Corrections

/** Kinds of error a fact-check found and fixed. */
export const correctionKinds = ['date', 'figure', 'status', 'quotation', 'attribution', 'denominator', 'wording', 'source'] as const;

/**
 * One correction made to a page, shown on /about/ under "Corrections". Files live in
 * content/data/corrections/<family>.yaml, each a YAML list of these (the loader wraps the list).
 */
export const correctionSchema = z.strictObject({
  date: isoDate,
  /** The route that was corrected, with its trailing slash: '/states/ukr/'. */
  page: z.string().regex(/^\/([a-z0-9-]+\/)*$/, "must be a route such as '/states/ukr/' (leading and trailing slash)"),
  kind: z.enum(correctionKinds),
  before: nonEmpty,
  after: nonEmpty,
  cite: z.array(citation).min(1, 'must cite at least one source'),
});
export type Correction = z.infer<typeof correctionSchema>;
export const correctionFileSchema = z.strictObject({ items: z.array(correctionSchema) });
export type CorrectionFile = z.infer<typeof correctionFileSchema>;
// ---------------------------------------------------------------- Quick answers

/** An internal page address, optionally with an anchor: `/states/usa/`, `/topics/withdrawals/#art-20`. */
const internalHref = z
  .string({ error: 'must be an internal address such as /states/usa/' })
  .regex(/^\/([a-z0-9-]+\/)*(#[a-z0-9-]+)?$/, 'must be an internal address ending with a slash, such as /states/usa/');

/**
 * A question journalists ask, answered in at most two sentences. Counts, dates and statuses
 * are written as fact tokens (lib/answers/facts.ts) and computed from the records.
 */
export const answerSchema = z.strictObject({
  id,
  order: z.number().int().min(1),
  question: nonEmpty,
  answer: nonEmpty,
  cite: z.array(citation).min(1, 'must cite at least one source'),
  /** The page that explains the answer in full. */
  page: internalHref,
  /** The date the wording was last checked against its sources. */
  asOf: isoDate,
});
export type Answer = z.infer<typeof answerSchema>;

export const coverageErrorKinds = ['wrong-date', 'suspension-called-withdrawal', 'stale-count', 'mixed-denominator', 'signatories-for-parties'] as const;

/** A misstatement found in the press, paraphrased and attributed, with the correct fact. */
export const coverageErrorSchema = z.strictObject({
  id,
  order: z.number().int().min(1),
  kind: z.enum(coverageErrorKinds),
  /** The outlet's claim in our own words. */
  claim: nonEmpty,
  /** The source record of the article that made the claim. */
  source: id,
  /** The correct fact; fact tokens allowed. */
  correction: nonEmpty,
  cite: z.array(citation).min(1, 'must cite at least one source'),
  page: internalHref,
  asOf: isoDate,
});
export type CoverageError = z.infer<typeof coverageErrorSchema>;
