/**
 * The treaty-status map as a standalone SVG document (served at /states/map.svg and embedded
 * with <object>). Kept out of the page's React tree on purpose: its ~170 country paths would
 * otherwise be sent twice (HTML and hydration payload) and hydrated, which on a phone more
 * than doubled the states page's blocking time. Links open in the top window.
 */
import { formatDate } from '@/lib/dates';
import { paths } from '@/lib/routes';
import { statusColourCss } from '@/lib/statusColours';
import { statusLabels, type StateRow } from '@/lib/statesTable';
import { MAP_HEIGHT, MAP_WIDTH, countryShapes } from './worldMap';

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Served at /states/map.css: a stylesheet, not a `<style>` block, so the CSP forbids inline styles. */
export function statusMapCss(): string {
  return [
    // Without its own color-scheme, an embedded SVG in a dark page is painted on white.
    ':root{color-scheme:light dark}',
    'path{stroke:#fdfcf9;stroke-width:.5}',
    'a:hover path,a:focus path{stroke:#1c1d1f;stroke-width:1.5}',
    'a:focus{outline:none}',
    '@media (prefers-color-scheme: dark){path{stroke:#17181a}a:hover path,a:focus path{stroke:#e8e6e1}}',
    statusColourCss((status) => `.s-${status}`, 'fill'),
  ].join('\n');
}

export const MAP_CSS_PATH = '/states/map.css';

export function statusMapSvg(rows: readonly StateRow[], date: string): string {
  const byIso = new Map(rows.map((r) => [r.state.iso, r]));
  const title = `Ottawa Treaty status by country, as of ${formatDate(date)}`;
  const shapes = countryShapes()
    .map(({ iso, d }) => {
      const row = byIso.get(iso);
      if (!row) return `<path class="s-none" d="${d}"/>`;
      const label = escape(`${row.state.name}: ${statusLabels[row.status]}`);
      return `<a href="${paths.state(iso)}" target="_top" aria-label="${label}"><path class="s-${row.status}" d="${d}"><title>${label}</title></path></a>`;
    })
    .join('');
  return `<?xml-stylesheet href="${MAP_CSS_PATH}" type="text/css"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" role="group" aria-label="${escape(title)}"><title>${escape(title)}</title>${shapes}</svg>\n`;
}
