/**
 * Which of an actor's policies is in force on a date, computed from the instruments: the
 * latest national policy adopted or announced by then that no later one of them supersedes.
 * Decisions (one-off transfers) are not policies and never count as the rule in force.
 */
import type { Instrument } from './content/schemas';
import { instrumentDate } from './compare/order';

export function policyInForce(instruments: readonly Instrument[], actor: string, date: string): Instrument | undefined {
  const candidates = instruments.filter(
    (i) => i.actor === actor && i.kind === 'national-policy' && instrumentDate(i) <= date,
  );
  const superseded = new Set(candidates.flatMap((i) => i.supersedes));
  return candidates
    .filter((i) => !superseded.has(i.id))
    .sort((a, b) => instrumentDate(a).localeCompare(instrumentDate(b)))
    .at(-1);
}

/** States whose national policy the site follows, and the actor id of that policy's versions. */
export const POLICY_ACTOR_BY_STATE: Readonly<Record<string, string>> = { USA: 'united-states' };
