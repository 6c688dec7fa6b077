/** The Amended Protocol II party count that pages show, and the reported figure it is checked against. */
import { countApiiParties } from './apii';
import { getFigure, states } from './content';

/** The depositary list's total, read on a stated date: the count is made for that date. */
export const REPORTED_APII_PARTIES_FIGURE = 'ccw-apii-parties';

export function apiiPartiesView() {
  const reported = getFigure(REPORTED_APII_PARTIES_FIGURE);
  return { count: countApiiParties(states, reported.asOf), reported };
}
