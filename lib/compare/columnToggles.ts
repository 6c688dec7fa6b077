/**
 * The matrix's column chooser works with CSS alone (`:has()`), so the chosen view needs no
 * JavaScript. One rule per instrument, generated from the content and served as a static
 * stylesheet (/compare/columns.css): the Content-Security-Policy allows no inline <style>.
 */
export const COLUMN_TOGGLES_CSS_PATH = '/compare/columns.css';
/** The query parameter that lists the shown columns (instrument ids, comma-separated). */
export const SHOW_PARAM = 'show';

export const columnToggleId = (instrumentId: string) => `show-${instrumentId}`;

export function columnToggleCss(ids: readonly string[]): string {
  return `${ids
    .map((id) => `.compare-view:has(#${columnToggleId(id)}:not(:checked)) [data-col="${id}"]{display:none}`)
    .join('\n')}\n`;
}
