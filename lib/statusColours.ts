/**
 * The one definition of the status colours, light and dark. The map SVG (a standalone file,
 * which cannot see the page's stylesheet) and the legend swatches on pages both use it.
 */
import type { OttawaStatus } from './ottawaStatus';

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

/** CSS giving `selector(status)` the status colour as `property`, with a dark-scheme variant. */
export function statusColourCss(selector: (status: string) => string, property: string): string {
  const rules = (shade: 0 | 1) =>
    Object.entries(STATUS_FILLS)
      .map(([status, colours]) => `${selector(status)}{${property}:${colours[shade]}}`)
      .join('');
  return `${rules(0)}@media (prefers-color-scheme: dark){${rules(1)}}`;
}
