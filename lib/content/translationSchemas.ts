/**
 * French and Spanish editions (content/i18n/<locale>/): prose written for readers of that
 * language. Facts never live here: a translated answer or term carries only its words, and
 * everything else (order, citations, page, dates) comes from its English twin by id.
 */
import { z } from 'zod';
import { id, isoDate, pageChange } from './schemas';

const nonEmpty = z.string({ error: 'must be text' }).trim().min(1, 'must not be empty');

/** The English documents an MDX translation may translate (`translationOf`), by content path. */
export const translatableDocuments = ['pages/home', 'instruments/ottawa', 'topics/withdrawals'] as const;

export const translatedPageSchema = z
  .strictObject({
    /** The English file under content/, without extension: `topics/withdrawals`. */
    translationOf: z.enum(translatableDocuments, {
      error: `must name a translatable English file (${translatableDocuments.join(', ')})`,
    }),
    title: nonEmpty,
    description: nonEmpty,
    /** When this edition was last checked against the English and its sources. */
    asOf: isoDate,
    changes: z.array(pageChange).min(1, 'must record at least the first publication'),
  })
  .superRefine((doc, ctx) => {
    doc.changes.forEach((c, i) => {
      if (c.date > doc.asOf)
        ctx.addIssue({ code: 'custom', path: ['changes', i, 'date'], message: `is after the page's asOf (${doc.asOf})` });
    });
  });
export type TranslatedPage = z.infer<typeof translatedPageSchema>;

export const translatedAnswerSchema = z.strictObject({ id, question: nonEmpty, answer: nonEmpty });
export type TranslatedAnswer = z.infer<typeof translatedAnswerSchema>;

export const translatedTermSchema = z.strictObject({
  id,
  term: nonEmpty,
  aliases: z.array(nonEmpty).default([]),
  definition: nonEmpty,
});
export type TranslatedTerm = z.infer<typeof translatedTermSchema>;
