import { CiteMarks } from '@/components/citations/CiteMark';
import { StanceLabel } from '@/components/compare/StanceLabel';
import type { Notes } from '@/lib/citations';
import { positionLabel, positionOf } from '@/lib/compare/matrix';
import type { Citation, Dimension, Instrument } from '@/lib/content/schemas';
import { cellAnchor, dimensionAnchor, paths } from '@/lib/routes';

export function positionsCitations(instrument: Instrument, dimensions: readonly Dimension[]): Citation[] {
  return dimensions.flatMap((d) => positionOf(instrument, d).cite);
}

/** An instrument's stance on every point of comparison: what it said, element by element. */
export function PositionsTable({
  instrument,
  dimensions,
  notes,
}: {
  instrument: Instrument;
  dimensions: readonly Dimension[];
  notes: Notes;
}) {
  return (
    <div
      className="table-scroll"
      role="region"
      aria-labelledby={`positions-${instrument.id}`}
      tabIndex={0}
      data-pagefind-weight="0.5"
    >
      <table className="data-table positions-table">
        <caption id={`positions-${instrument.id}`}>{instrument.shortTitle}, point by point</caption>
        <thead>
          <tr>
            <th scope="col">Point</th>
            <th scope="col">Stance</th>
            <th scope="col">What it says</th>
          </tr>
        </thead>
        <tbody>
          {dimensions.map((d) => {
            const p = positionOf(instrument, d);
            return (
              <tr key={d.id} id={dimensionAnchor(d.id)}>
                <th scope="row">
                  {d.label}{' '}
                  <a
                    className="row-link"
                    href={`${paths.compare}#${cellAnchor(instrument.id, d.id)}`}
                    aria-label={`${d.label}: compare with the other instruments`}
                  >
                    compare
                  </a>
                </th>
                <td>
                  <StanceLabel stance={p.stance} label={positionLabel(d, p)} />
                </td>
                <td>
                  {p.summary}
                  <CiteMarks notes={notes} cites={p.cite} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
