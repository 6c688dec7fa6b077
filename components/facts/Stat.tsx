import { CiteMarks } from '@/components/citations/CiteMark';
import type { Notes } from '@/lib/citations';
import type { ReportedFigure } from '@/lib/content/schemas';
import { formatFigure } from '@/lib/figureText';
import { AsOf } from './AsOf';

/** A figure from the data, with its unit, its "as of" date and its sources. */
export function Stat({ figure, notes }: { figure: ReportedFigure; notes: Notes }) {
  return (
    <span className="stat">
      <data value={figure.value}>{formatFigure(figure)}</data> <AsOf date={figure.asOf} />
      <CiteMarks notes={notes} cites={figure.cite} />
    </span>
  );
}
