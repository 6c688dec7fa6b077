/**
 * Finds sentences that state a state's treaty status in words and checks them against the
 * state's record, so prose can never again say a state "deposited an instrument of withdrawal"
 * when its record holds a suspension notice (Ukraine, 2025). Used by a test over all content.
 */
import type { StateRecord } from './content/schemas';
import { BOUND_STATUSES, ottawaStatusOn } from './ottawaStatus';

export interface StatusClaimProblem {
  state: string;
  claim: 'withdrawal' | 'bound';
  sentence: string;
  message: string;
}

/** Words that say a state has withdrawn or notified withdrawal (negated sentences are skipped). */
const WITHDRAWAL =
  /\b(withdrew|has withdrawn|have withdrawn|deposited (an|its) instrument of withdrawal|notified (its )?withdrawal|withdrawal (took|has taken) effect|left the (treaty|convention))\b/i;
/** Words that say a state is bound by the Ottawa Treaty. */
const BOUND = /\b(is|remains|still) (still )?(bound by the (ottawa )?(treaty|convention)|a state party)\b/i;
const NEGATION = /\b(no|not|never|neither|nor|without)\b/i;

/** Sentences of plain text (an MDX body is read as its words first: `mdxPlainText`). */
const sentencesOf = (text: string) =>
  text
    .split(/(?<=[.;:!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);

const namesOf = (state: StateRecord) => [state.name, ...(state.iso === 'TUR' ? ['Turkey'] : [])];

/**
 * Claims about the states named in `text` that their records contradict on `date`. A sentence
 * naming several states is checked only when it names exactly one, to keep lists out.
 */
export function statusClaimProblems(text: string, states: readonly StateRecord[], date: string): StatusClaimProblem[] {
  const problems: StatusClaimProblem[] = [];
  for (const sentence of sentencesOf(text)) {
    const named = states.filter((s) => namesOf(s).some((n) => new RegExp(`\\b${n}\\b`).test(sentence)));
    if (named.length !== 1) continue;
    const state = named[0]!;
    // A negation counts only in the clause that makes the claim ("…, and its deadline could not be verified" does not negate).
    const clauses = sentence.split(/,\s+|;\s+|\s+(?:and|but|while|whereas)\s+/);
    const claims = (pattern: RegExp) => clauses.some((c) => pattern.test(c) && !NEGATION.test(c));
    if (claims(WITHDRAWAL) && !state.ottawa.withdrawalNotified)
      problems.push({
        state: state.iso,
        claim: 'withdrawal',
        sentence,
        message: `says ${state.name} withdrew or notified withdrawal, but its record holds no withdrawal notice${state.ottawa.suspensionNotified ? ' (it notified a suspension)' : ''}`,
      });
    if (claims(BOUND) && !BOUND_STATUSES.includes(ottawaStatusOn(state.ottawa, date)))
      problems.push({
        state: state.iso,
        claim: 'bound',
        sentence,
        message: `says ${state.name} is bound by the Ottawa Treaty, but its record gives the status "${ottawaStatusOn(state.ottawa, date)}" on ${date}`,
      });
  }
  return problems;
}
