/**
 * World map geometry, computed at build time: Natural Earth country shapes (world-atlas,
 * 1:110m) projected with d3-geo into SVG path strings keyed by ISO alpha-3 code. No map
 * code reaches the browser; pages receive plain SVG.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import isoCountries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

export interface CountryShape {
  iso: string;
  /** SVG path data, coordinates rounded to one decimal place to keep the HTML small. */
  d: string;
}

/** Natural Earth shapes whose numeric id is missing or not an ISO country (e.g. Kosovo, N. Cyprus). */
const NAME_TO_ISO: Record<string, string> = { Kosovo: 'XKX', 'N. Cyprus': 'CYP', Somaliland: 'SOM' };

let cache: CountryShape[] | undefined;

export function countryShapes(): CountryShape[] {
  if (cache) return cache;
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topology, topology.objects.countries);
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    countries,
  );
  const path = geoPath(projection).digits(1);
  const byIso = new Map<string, string[]>();
  for (const f of countries.features) {
    const numeric = f.id === undefined ? undefined : String(f.id).padStart(3, '0');
    const iso = (numeric && isoCountries.numericToAlpha3(numeric)) || NAME_TO_ISO[f.properties?.name ?? ''];
    if (!iso || iso === 'ATA') continue; // Antarctica: no state to show
    const d = path(f);
    if (d) byIso.set(iso, [...(byIso.get(iso) ?? []), d]);
  }
  cache = [...byIso.entries()].map(([iso, parts]) => ({ iso, d: parts.join('') }));
  return cache;
}
