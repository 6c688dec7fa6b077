/** The fact context for the site's own content: statuses and counts as of the state records' review date. */
import { getFigure, getInstrument, instruments, states } from '../content';
import { REPORTED_PARTIES_FIGURE } from '../partiesHistory';
import { OTTAWA_ID } from '../routes';
import type { FactContext } from './facts';

export function siteFactContext(): FactContext {
  return {
    states,
    instruments,
    reportedParties: getFigure(REPORTED_PARTIES_FIGURE),
    figure: getFigure,
    date: getInstrument(OTTAWA_ID).asOf,
  };
}
