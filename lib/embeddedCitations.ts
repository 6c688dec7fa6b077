/**
 * The citations a component in an MDX body brings to the page's numbered notes, in the order
 * the component renders them. Keyed by the component names in lib/mdxComponents.ts; the
 * components (components/data/*) render the same records, so marks and notes agree.
 */
import { getFigure, getInstrument, states } from './content';
import type { Citation } from './content/schemas';
import type { DataComponentName } from './mdxComponents';
import { partiesHistoryView, REPORTED_PARTIES_FIGURE } from './partiesHistory';
import {
  casualtyFigure,
  casualtySeriesCites,
  civilianShareRange,
  contaminationRows,
  countryCasualties,
  latest,
  latestCountries,
  type CasualtyField,
} from './riskData';
import { OTTAWA_ID } from './routes';
import { REPORTED_APII_PARTIES_FIGURE } from './apiiParties';
import { departures } from './statesTable';

const stateSources = (s: { ottawa: { cite: Citation[] } }): Citation[] => s.ottawa.cite;

const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1] ?? '';

export const dataComponentCitations: Record<DataComponentName, (attrs: string) => Citation[]> = {
  WithdrawalsTable: () => departures(states).flatMap((d) => stateSources(d.state)),
  PartiesCountHistory: () => {
    const reported = getFigure(REPORTED_PARTIES_FIGURE);
    const { recent } = partiesHistoryView(states, reported, getInstrument(OTTAWA_ID).asOf);
    // In drawing order: the chart's source line (the reported count), then the table's rows.
    return [
      ...reported.cite,
      ...recent.flatMap((p) =>
        p.events.length === 0 ? reported.cite : p.events.flatMap((e) => stateSources(e.state)),
      ),
    ];
  },
  ApiiPartiesCount: () => getFigure(REPORTED_APII_PARTIES_FIGURE).cite,
  CasualtyChart: () => casualtySeriesCites(),
  CasualtyTable: () => casualtySeriesCites(),
  LatestYear: () => {
    const l = latest();
    return [
      ...l.caveats.flatMap((c) => c.cite),
      ...(l.improvisedMinePercent?.cite ?? []),
      ...latestCountries().flatMap((c) => c.cite),
    ];
  },
  ContaminationTable: () => contaminationRows().flatMap((r) => [...r.area.cite, ...r.article5Cite]),
  CasualtyFigure: (attrs) =>
    casualtyFigure(Number(attr(attrs, 'year')), attr(attrs, 'field') as CasualtyField).row.cite,
  CountryCasualties: (attrs) => countryCasualties(attr(attrs, 'iso')).country.cite,
  CivilianShareRange: (attrs) => {
    const { low, high } = civilianShareRange(Number(attr(attrs, 'from')));
    return [...low.cite, ...high.cite];
  },
};

export function embeddedCitations(tag: string, attrs: string): Citation[] {
  if (tag === 'Stat') {
    const id = /\bid="([^"]*)"/.exec(attrs)?.[1];
    return id ? [...getFigure(id).cite] : [];
  }
  return tag in dataComponentCitations ? dataComponentCitations[tag as DataComponentName](attrs) : [];
}
