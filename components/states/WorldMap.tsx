import { MAP_HEIGHT, MAP_WIDTH, countryShapes } from '@/lib/map/worldMap';
import { formatDate } from '@/lib/dates';
import type { StateRow } from '@/lib/statesTable';
import { statusLabels, statusOrder } from '@/lib/statesTable';
import { paths } from '@/lib/routes';
import { StatusLabel } from './StatusLabel';

/**
 * The treaty-status map, drawn at build time as SVG. Each country with a record is a link to
 * its page, named with its status; colour repeats what the legend and the table say in words.
 * Small states not drawn at this scale are listed under the map so none is left out.
 */
export function WorldMap({ rows, date }: { rows: readonly StateRow[]; date: string }) {
  const byIso = new Map(rows.map((r) => [r.state.iso, r]));
  const shapes = countryShapes();
  const drawn = new Set(shapes.map((s) => s.iso));
  const notDrawn = rows.filter((r) => !drawn.has(r.state.iso));
  const present = statusOrder.filter((s) => rows.some((r) => r.status === s));
  return (
    <figure className="world-map">
      <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="group" aria-labelledby="map-title map-desc">
        <title id="map-title">{`Ottawa Treaty status by country, as of ${formatDate(date)}`}</title>
        <desc id="map-desc">Each country links to its page. The table below gives every state&apos;s status in words.</desc>
        {shapes.map(({ iso, d }) => {
          const row = byIso.get(iso);
          if (!row) return <path key={iso} d={d} className="map-none" />;
          const label = `${row.state.name}: ${statusLabels[row.status]}`;
          return (
            <a key={iso} href={paths.state(iso)} aria-label={label}>
              <path d={d} className={`map-${row.status}`}>
                <title>{label}</title>
              </path>
            </a>
          );
        })}
      </svg>
      <figcaption>
        <ul className="legend" aria-label="Legend">
          {present.map((s) => (
            <li key={s}>
              <StatusLabel status={s} />
            </li>
          ))}
          <li>
            <span className="status status-none">
              <span className="swatch" aria-hidden="true" />
              No record (not a state we list)
            </span>
          </li>
        </ul>
        {notDrawn.length > 0 && (
          <p className="muted">
            Too small to draw at this scale:{' '}
            {notDrawn.map((r, i) => (
              <span key={r.state.iso}>
                <a href={paths.state(r.state.iso)}>{r.state.name}</a> ({statusLabels[r.status]}){i < notDrawn.length - 1 ? ', ' : '.'}
              </span>
            ))}
          </p>
        )}
      </figcaption>
    </figure>
  );
}
