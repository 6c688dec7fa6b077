/**
 * The treaty-status map as a standalone SVG document (served at /states/map.svg and embedded
 * with <object>). Kept out of the page's React tree on purpose: its ~170 country paths would
 * otherwise be sent twice (HTML and hydration payload) and hydrated, which on a phone more
 * than doubled the states page's blocking time. Links open in the top window.
 */
import { formatDate } from '@/lib/dates';
import type { OttawaStatus } from '@/lib/ottawaStatus';
import { paths } from '@/lib/routes';
import { statusLabels, type StateRow } from '@/lib/statesTable';
import { MAP_HEIGHT, MAP_WIDTH, countryShapes } from './worldMap';

/** Fill colours, light and dark; the same hues as the legend swatches in app/globals.css. */
export const STATUS_FILLS: Record<OttawaStatus | 'none', [light: string, dark: string]> = {
  party: ['#2b6cb0', '#2b6cb0'],
  'awaiting-entry-into-force': ['#63b3ed', '#63b3ed'],
  contested: ['#d69e2e', '#d69e2e'],
  'withdrawal-pending': ['#ed8936', '#ed8936'],
  withdrawn: ['#c53030', '#c53030'],
  signatory: ['#b794f4', '#b794f4'],
  'not-signed': ['#a0aec0', '#6b7280'],
  unverified: ['#e2e8f0', '#4a4f57'],
  none: ['#f1efe9', '#2b2d31'],
};

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function statusMapSvg(rows: readonly StateRow[], date: string): string {
  const byIso = new Map(rows.map((r) => [r.state.iso, r]));
  const css = [
    'path{stroke:#fdfcf9;stroke-width:.5}',
    'a:hover path,a:focus path{stroke:#1c1d1f;stroke-width:1.5}',
    'a:focus{outline:none}',
    ...Object.entries(STATUS_FILLS).map(([k, [light]]) => `.s-${k}{fill:${light}}`),
    '@media (prefers-color-scheme: dark){path{stroke:#17181a}a:hover path,a:focus path{stroke:#e8e6e1}' +
      Object.entries(STATUS_FILLS)
        .map(([k, [, dark]]) => `.s-${k}{fill:${dark}}`)
        .join('') +
      '}',
  ].join('');
  const title = `Ottawa Treaty status by country, as of ${formatDate(date)}`;
  const shapes = countryShapes()
    .map(({ iso, d }) => {
      const row = byIso.get(iso);
      if (!row) return `<path class="s-none" d="${d}"/>`;
      const label = escape(`${row.state.name}: ${statusLabels[row.status]}`);
      return `<a href="${paths.state(iso)}" target="_top" aria-label="${label}"><path class="s-${row.status}" d="${d}"><title>${label}</title></path></a>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" role="group" aria-label="${escape(title)}"><title>${escape(title)}</title><style>${css}</style>${shapes}</svg>\n`;
}
