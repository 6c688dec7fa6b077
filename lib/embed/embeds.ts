/**
 * Embeds for other sites: a state's status (an iframe page and an SVG badge) and a comparison
 * of two instruments (an iframe page). Addresses and the snippets a page offers to copy; every
 * address is absolute, from SITE_URL.
 */
import { absoluteUrl } from '../site';

export const embedPaths = {
  state: (iso: string) => `/embed/states/${iso.toLowerCase()}/`,
  stateBadge: (iso: string) => `/embed/states/${iso.toLowerCase()}/badge.svg`,
  pair: (a: string, b: string) => `/embed/compare/${a}/${b}/`,
} as const;

/** Escapes a value for an HTML attribute in a snippet the reader pastes into their own page. */
const attr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface IframeSnippet {
  path: string;
  title: string;
  width: number;
  height: number;
}

export function iframeSnippet({ path, title, width, height }: IframeSnippet): string {
  return `<iframe src="${attr(absoluteUrl(path))}" title="${attr(title)}" width="${width}" height="${height}" loading="lazy" referrerpolicy="no-referrer-when-downgrade"></iframe>`;
}

/** The badge image, linked to the state's page, with the status in its alt text. */
export function badgeSnippet({ iso, pagePath, alt }: { iso: string; pagePath: string; alt: string }): string {
  return `<a href="${attr(absoluteUrl(pagePath))}"><img src="${attr(absoluteUrl(embedPaths.stateBadge(iso)))}" alt="${attr(alt)}"></a>`;
}
