/**
 * Ottawa Treaty Articles 4 and 5 deadlines for a state, computed as of any date — never stored.
 *
 * - Art. 4: destroy stockpiled anti-personnel mines "as soon as possible but not later than four
 *   years after the entry into force of this Convention for that State Party".
 * - Art. 5(1): destroy the mines in mined areas "as soon as possible but not later than ten years
 *   after the entry into force of this Convention for that State Party".
 * - Art. 5(3)-(6): a meeting of the States Parties may grant an extension of up to ten years,
 *   and a state may ask again. Extensions and declared completions are dated, cited records in
 *   the state's file (`ottawa.article5`); the deadline in force on a date is read from them.
 *
 * Every page that shows a deadline (state pages, the contamination table) calls `article5On`, so
 * a passed deadline is never shown as current and a completed state never shows an open one.
 */
import type { Article5Extension, Article5Record, Citation, StateRecord } from './content/schemas';
import { addMonths } from './dates';
import { entryIntoForceFor } from './ottawaStatus';

export const ARTICLE_4_YEARS = 4;
export const ARTICLE_5_YEARS = 10;

const addYears = (iso: string, years: number) => addMonths(iso, 12 * years);

/** The last day of a partial date's period: '2025' → '2025-12-31', '2025-12' → '2025-12-31'. */
export function periodEnd(partial: string): string {
  const [y, m, d] = partial.split('-');
  if (d) return partial;
  if (m) return new Date(Date.UTC(Number(y), Number(m), 0)).toISOString().slice(0, 10);
  return `${y}-12-31`;
}

/** Art. 4: the stockpile destruction deadline, or null if the treaty never entered into force for the state. */
export function article4Deadline(state: StateRecord): string | null {
  const inForce = entryIntoForceFor(state.ottawa);
  return inForce ? addYears(inForce, ARTICLE_4_YEARS) : null;
}

/** Art. 5(1): the original clearance deadline. */
export function article5OriginalDeadline(state: StateRecord): string | null {
  const inForce = entryIntoForceFor(state.ottawa);
  return inForce ? addYears(inForce, ARTICLE_5_YEARS) : null;
}

/** When an extension counts as granted: its decision date, or the date of the source showing it. */
const extensionKnownFrom = (e: Article5Extension) => periodEnd(e.decided ?? e.reportedBy ?? '');

export type Article5Status =
  /** No Article 5 record: the site claims nothing about clearance for this state. */
  | { kind: 'no-record' }
  | {
      kind: 'open';
      deadline: string;
      /** The extension that set the deadline, or null if it is the original one. */
      setBy: Article5Extension | null;
      original: string;
    }
  | { kind: 'completed'; declared: string; cite: Citation[]; unverified: boolean }
  | {
      kind: 'passed-no-extension-found';
      deadline: string;
      setBy: Article5Extension | null;
      original: string;
      /** What a request asked and what we searched, when a request is known to be pending. */
      pending: Article5Record['pendingRequest'] | null;
    };

/** The state's Article 5 position on `date`, from its entry into force and its dated records. */
export function article5On(state: StateRecord, date: string): Article5Status {
  const record = state.ottawa.article5;
  const original = article5OriginalDeadline(state);
  if (!record || !original) return { kind: 'no-record' };
  const granted = record.extensions
    .filter((e) => extensionKnownFrom(e) <= date)
    .sort((a, b) => extensionKnownFrom(a).localeCompare(extensionKnownFrom(b)));
  const latest = granted.at(-1) ?? null;
  const completed = record.completed && periodEnd(record.completed.declared) <= date ? record.completed : null;
  // A completion stands unless a later extension shows that new mined areas reopened the obligation.
  if (completed && (!latest || extensionKnownFrom(latest) <= periodEnd(completed.declared)))
    return { kind: 'completed', declared: completed.declared, cite: completed.cite, unverified: completed.unverified };
  const deadline = latest?.newDeadline ?? original;
  if (deadline < date) {
    // A request is reported with the date we last searched for its outcome (its `asOf`).
    return {
      kind: 'passed-no-extension-found',
      deadline,
      setBy: latest,
      original,
      pending: record.pendingRequest ?? null,
    };
  }
  return { kind: 'open', deadline, setBy: latest, original };
}

/** Every citation an Article 5 statement as of `date` rests on. */
export function article5Citations(state: StateRecord, date: string): Citation[] {
  const status = article5On(state, date);
  switch (status.kind) {
    case 'no-record':
      return [];
    case 'completed':
      return status.cite;
    case 'open':
      return status.setBy?.cite ?? state.ottawa.cite;
    case 'passed-no-extension-found':
      return [...(status.setBy?.cite ?? state.ottawa.cite), ...(status.pending?.cite ?? [])];
  }
}
