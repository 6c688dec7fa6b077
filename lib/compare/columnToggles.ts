/**
 * The matrix's column chooser works with CSS alone (`:has()`), so the chosen view needs no
 * JavaScript. One rule per instrument, generated from the content and served as a static
 * stylesheet (/compare/columns.css): the Content-Security-Policy allows no inline <style>.
 */
export const COLUMN_TOGGLES_CSS_PATH = '/compare/columns.css';
/** The query parameter that lists the shown columns (instrument ids, comma-separated). */
export const SHOW_PARAM = 'show';

export const columnToggleId = (instrumentId: string) => `show-${instrumentId}`;

/**
 * The group headers ("Treaties", "U.S. executive policy") span a fixed number of columns, which
 * CSS cannot change: once a column is hidden they would stand over the wrong columns, so the
 * group row goes. The column chooser's script, where it runs, fits each span to the columns
 * shown and marks the row (data-spans-fitted) to keep it.
 */
export const GROUP_ROW_FITTED = 'data-spans-fitted';

export function columnToggleCss(ids: readonly string[]): string {
  const columns = ids.map(
    (id) => `.compare-view:has(#${columnToggleId(id)}:not(:checked)) [data-col="${id}"]{display:none}`,
  );
  const groups = `.compare-view:has([name="${SHOW_PARAM}"]:not(:checked)) .group-row:not([${GROUP_ROW_FITTED}]){display:none}`;
  return `${[...columns, groups].join('\n')}\n`;
}
