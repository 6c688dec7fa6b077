import { countryShapes } from '@/lib/map/worldMap';
import { formatDate } from '@/lib/dates';
import type { MapDate } from '@/lib/map/mapDates';
import type { StateRow } from '@/lib/statesTable';
import { statusLabels, statusOrder } from '@/lib/statesTable';
import { paths } from '@/lib/routes';
import { StatusLabel } from './StatusLabel';

/**
 * The treaty-status map: an SVG drawn at build time (lib/map/statusMapSvg.ts), one per date,
 * embedded as a document so its paths stay out of the page. Each country links to its page
 * and is named with its status; the legend and the table say the same in words, and states
 * too small to draw at this scale are listed so none is left out. Below it, every year is a
 * plain link to the map on that date, so choosing a date needs no JavaScript.
 */
export function WorldMap({
  rows,
  mapDate,
  dates,
}: {
  rows: readonly StateRow[];
  mapDate: MapDate;
  dates: readonly MapDate[];
}) {
  const drawn = new Set(countryShapes().map((s) => s.iso));
  const notDrawn = rows.filter((r) => !drawn.has(r.state.iso));
  const present = statusOrder.filter((s) => rows.some((r) => r.status === s));
  const src = paths.statusMap(mapDate.year);
  return (
    <figure className="world-map" aria-labelledby="map-caption">
      <nav className="map-years" aria-label="Status on another date">
        <p id="map-years-label">Show the map at the end of:</p>
        <ol aria-labelledby="map-years-label">
          {dates.map((d) => (
            <li key={d.year}>
              <a
                href={d.current ? `${paths.states}#map` : `${paths.statesOn(d.year)}#map`}
                aria-current={d.year === mapDate.year ? 'page' : undefined}
              >
                {d.current ? `Today (${d.year})` : d.year}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <object
        data={src}
        type="image/svg+xml"
        aria-label={`Map: Ottawa Treaty status by country, as of ${formatDate(mapDate.date)}`}
      >
        <a href={src}>Open the map of treaty status by country</a>
      </object>
      <figcaption id="map-caption">
        <p className="muted">
          Map: Ottawa Treaty status by country, as of {formatDate(mapDate.date)}. Select a country to open its page; the
          table below gives every state&apos;s status in words.
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
          // Names every small state on /states/ and each yearly page: not searched (their pages are).
          <p className="muted" data-pagefind-ignore="all">
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
