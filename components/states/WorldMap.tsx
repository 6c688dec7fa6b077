import { countryShapes } from '@/lib/map/worldMap';
import { formatDate } from '@/lib/dates';
import type { StateRow } from '@/lib/statesTable';
import { statusLabels, statusOrder } from '@/lib/statesTable';
import { paths } from '@/lib/routes';
import { StatusLabel } from './StatusLabel';

export const MAP_PATH = '/states/map.svg';

/**
 * The treaty-status map: an SVG drawn at build time (lib/map/statusMapSvg.ts), embedded as a
 * document so its paths stay out of the page's hydration. Each country links to its page and
 * is named with its status; the legend and the table below say the same in words, and states
 * too small to draw at this scale are listed so none is left out.
 */
export function WorldMap({ rows, date }: { rows: readonly StateRow[]; date: string }) {
  const drawn = new Set(countryShapes().map((s) => s.iso));
  const notDrawn = rows.filter((r) => !drawn.has(r.state.iso));
  const present = statusOrder.filter((s) => rows.some((r) => r.status === s));
  return (
    <figure className="world-map" aria-labelledby="map-caption">
      <object
        data={MAP_PATH}
        type="image/svg+xml"
        aria-label={`Map: Ottawa Treaty status by country, as of ${formatDate(date)}`}
      >
        <a href={MAP_PATH}>Open the map of treaty status by country</a>
      </object>
      <figcaption id="map-caption">
        <p className="muted">
          Map: Ottawa Treaty status by country, as of {formatDate(date)}. Select a country to open its page; the table
          below gives every state&apos;s status in words.
        </p>
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
                <a href={paths.state(r.state.iso)}>{r.state.name}</a> ({statusLabels[r.status]})
                {i < notDrawn.length - 1 ? ', ' : '.'}
              </span>
            ))}
          </p>
        )}
      </figcaption>
    </figure>
  );
}
