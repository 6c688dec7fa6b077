/**
 * The citations a component in an MDX body brings to the page's numbered notes, in the order
 * the component renders them. Keyed by the component names in lib/mdxComponents.ts; the
 * components (components/data/*) render the same records, so marks and notes agree.
 */
import { getFigure, getInstrument, states } from './content';
import type { Citation } from './content/schemas';
import {
  dataComponentProps,
  isDataComponentName,
  proseComponentProps,
  type DataComponentName,
  type MdxComponentProps,
} from './mdxComponents';
import type { PropValue } from './mdx/outline';
import { partiesHistoryView, REPORTED_PARTIES_FIGURE } from './partiesHistory';
import {
  casualtyFigure,
  casualtySeriesCites,
  civilianShareRange,
  contaminationRows,
  countryCasualties,
  latest,
  latestCountries,
} from './riskData';
import { OTTAWA_ID } from './routes';
import { REPORTED_APII_PARTIES_FIGURE } from './apiiParties';
import { departures } from './statesTable';

const stateSources = (s: { ottawa: { cite: Citation[] } }): Citation[] => s.ottawa.cite;

type CitationsOf = { [N in DataComponentName]: (props: MdxComponentProps<N>) => Citation[] };

export const dataComponentCitations: CitationsOf = {
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
  CasualtyFigure: ({ year, field }) => casualtyFigure(Number(year), field).row.cite,
  CountryCasualties: ({ iso }) => countryCasualties(iso).country.cite,
  CivilianShareRange: ({ from }) => {
    const { low, high } = civilianShareRange(Number(from));
    return [...low.cite, ...high.cite];
  },
};

const propSchemas: { [N in DataComponentName]: { parse: (props: unknown) => MdxComponentProps<N> } } =
  dataComponentProps;

function dataCitations<N extends DataComponentName>(name: N, props: Readonly<Record<string, PropValue>>): Citation[] {
  return dataComponentCitations[name](propSchemas[name].parse(props));
}

/** The citations a component brings to the page's notes, given its props as written in the MDX. */
export function embeddedCitations(name: string, props: Readonly<Record<string, PropValue>>): Citation[] {
  if (name === 'Stat') return [...getFigure(proseComponentProps.Stat.parse(props).id).cite];
  return isDataComponentName(name) ? dataCitations(name, props) : [];
}
