import type { OttawaRecord, ReportedFigure, StateRecord } from '@/lib/content/schemas';

/** A minimal state record for unit tests; dates are illustrative, not the real records. */
export const stateRecord = (iso: string, ottawa: Partial<OttawaRecord>, name = iso): StateRecord => ({
  changes: [],
  iso,
  name,
  region: 'Europe',
  ottawa: {
    signed: null,
    consent: null,
    consentType: null,
    unverified: false,
    notes: '',
    cite: [{ source: 's' }],
    ...ottawa,
  },
  ccwAmendedProtocolII: { consent: null, unverified: false, notes: '', cite: [{ source: 's' }] },
});

export const reportedFigure = (value: number, asOf: string): ReportedFigure => ({
  id: 'p',
  label: 'Number of States Parties',
  value,
  unit: { one: 'State Party', other: 'States Parties' },
  asOf,
  cite: [{ source: 's' }],
});
