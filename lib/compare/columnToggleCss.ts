/**
 * Column checkboxes on /compare/ hide columns with CSS alone (`:has()`), so the "three or
 * more" view works without JavaScript. One rule per instrument, generated from the content
 * into /styles/generated.css.
 */
export function columnToggleCss(ids: readonly string[]): string {
  return ids.map((id) => `.compare-view:has(#show-${id}:not(:checked)) [data-col="${id}"]{display:none}`).join('\n');
}
