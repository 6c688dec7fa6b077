import { CiteMarks } from '@/components/citations/CiteMark';
import type { Notes } from '@/lib/citations';
import { groupColumns, positionLabel, positionOf } from '@/lib/compare/matrix';
import type { Dimension, Instrument } from '@/lib/content/schemas';
import { absoluteUrl } from '@/lib/site';
import { cellAnchor, dimensionAnchor, paths } from '@/lib/routes';
import { CellCopyButton } from './CopyCell';
import { StanceLabel } from './StanceLabel';

/**
 * Instruments side by side, one row per dimension. Real table markup (caption, column
 * groups, header scopes); each cell has an id to link to and a copy button. Cells carry
 * `data-label` so the narrow-screen CSS can show each cell as a card with its column name,
 * and `data-col` so the column checkboxes on /compare/ can hide columns with CSS alone.
 */
export function ComparisonTable({
  instruments,
  dimensions,
  notes,
  caption,
  pagePath,
  anchorCells = false,
  captionId,
}: {
  instruments: readonly Instrument[];
  dimensions: readonly Dimension[];
  notes: Notes;
  caption: string;
  pagePath: string;
  /** Give each cell its stable id (the matrix does; pair pages link back to it). */
  anchorCells?: boolean;
  /** An id for the caption, so a script can say in it which columns are shown. */
  captionId?: string;
}) {
  // A cell's copy button reads its sources from the marks' data-card (shared cards only).
  if (notes.cards !== 'shared') throw new Error("ComparisonTable needs notes numbered with { cards: 'shared' }");
  const groups = groupColumns(instruments);
  const showGroups = groups.length > 1;
  return (
    // Every instrument's position on every point: searched on the instrument pages, not here.
    <div
      className="table-scroll compare-scroll"
      role="region"
      aria-label={caption}
      tabIndex={0}
      data-pagefind-ignore="all"
    >
      <table className="compare-table">
        <caption id={captionId}>{caption}</caption>
        <colgroup>
          <col className="dimension-col" />
        </colgroup>
        {groups.map((g) => (
          <colgroup key={g.id} span={g.instruments.length} />
        ))}
        <thead>
          {showGroups && (
            <tr className="group-row">
              <td />
              {groups.map((g) => (
                <th
                  key={g.id}
                  scope="colgroup"
                  colSpan={g.instruments.length}
                  data-cols={g.instruments.map((i) => i.id).join(' ')}
                >
                  {g.label}
                </th>
              ))}
            </tr>
          )}
          <tr>
            <th scope="col">Point of comparison</th>
            {instruments.map((i) => (
              <th scope="col" key={i.id} data-col={i.id}>
                <a href={paths.instrument(i.id)}>{i.shortTitle}</a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dimensions.map((dimension) => {
            const rowId = dimensionAnchor(dimension.id);
            return (
              <tr key={dimension.id} id={rowId}>
                <th scope="row">
                  <a href={`${pagePath}#${rowId}`} className="row-link">
                    {dimension.label}
                  </a>
                  <span className="definition">{dimension.definition}</span>
                </th>
                {instruments.map((instrument) => {
                  const p = positionOf(instrument, dimension);
                  const id = cellAnchor(instrument.id, dimension.id);
                  return (
                    <td
                      key={instrument.id}
                      id={anchorCells ? id : undefined}
                      data-col={instrument.id}
                      data-label={instrument.shortTitle}
                      data-stance={p.stance}
                    >
                      <StanceLabel stance={p.stance} label={positionLabel(dimension, p)} />
                      <span className="cell-summary"> {p.summary}</span>
                      <CiteMarks notes={notes} cites={p.cite} />
                      <span className="cell-tools">
                        {anchorCells && (
                          <a href={`#${id}`} aria-label={`Link to ${instrument.shortTitle}, ${dimension.label}`}>
                            Link
                          </a>
                        )}{' '}
                        <CellCopyButton
                          link={absoluteUrl(`${paths.compare}#${id}`)}
                          label={`${instrument.shortTitle}, ${dimension.label}, with sources`}
                        />
                      </span>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Notes for a comparison: every cell's citations in reading order (row by row). */
export function comparisonCitations(instruments: readonly Instrument[], dimensions: readonly Dimension[]) {
  return dimensions.flatMap((d) => instruments.flatMap((i) => positionOf(i, d).cite));
}
