import { CiteMarks } from '@/components/citations/CiteMark';
import type { Notes } from '@/lib/citations';
import type { ReportedFigure } from '@/lib/content/schemas';
import { AsOf } from './AsOf';

const numberFormat = new Intl.NumberFormat('en-GB');

/** A figure from the data, with its unit, its "as of" date and its sources. */
export function Stat({ figure, notes }: { figure: ReportedFigure; notes: Notes }) {
  return (
    <span className="stat">
      <data value={figure.value}>{numberFormat.format(figure.value)}</data> {figure.value === 1 ? figure.unit.one : figure.unit.other}{' '}
      <AsOf date={figure.asOf} />
      <CiteMarks notes={notes} cites={figure.cite} />
    </span>
  );
}
