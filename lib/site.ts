/**
 * Site-wide settings. SITE_URL, read once at build time, is the only source of absolute URLs
 * (canonical links, citations, metadata, feed, sitemap, embed snippets). Set it to the address
 * the site is published at: `SITE_URL=https://mines.example.net npm run build`. Unset, it is
 * the address `npm start` serves on, so a local build links to itself.
 */
export const SITE_NAME = 'Landmine Law Explainer';
export const DEFAULT_SITE_URL = 'http://localhost:3000';

export function siteUrlFrom(value: string | undefined): string {
  const raw = value?.trim() || DEFAULT_SITE_URL;
  const url = new URL(raw); // throws on a malformed setting: better a failed build than bad links
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`SITE_URL must be http(s): ${raw}`);
  return `${url.origin}${url.pathname}`.replace(/\/$/, '');
}

export const SITE_URL = siteUrlFrom(process.env.SITE_URL);

/** The absolute form of a site path (`/states/ukr/` → `https://…/states/ukr/`). */
export const absoluteUrl = (path: string) => `${SITE_URL}${path.startsWith('/') ? path : `/${path}`}`;

/**
 * Where readers report an error: the CORRECTIONS_EMAIL setting, read at build like SITE_URL
 * (`CORRECTIONS_EMAIL=corrections@mines.example.net npm run build`). Unset, pages offer no
 * address (never a made-up one) and point to how to report an error on /about/ instead.
 */
export function correctionsEmailFrom(value: string | undefined): string | null {
  const raw = value?.trim();
  if (!raw) return null;
  // One address, nothing that would break out of the mailto: (no spaces, ?, &, <, > or commas).
  if (!/^[^\s@?&<>,]+@[^\s@?&<>,]+\.[^\s@?&<>,]+$/.test(raw)) {
    throw new Error(`CORRECTIONS_EMAIL is not one e-mail address: ${raw}`);
  }
  return raw;
}

export const CORRECTIONS_EMAIL = correctionsEmailFrom(process.env.CORRECTIONS_EMAIL);

/** A mailto: link prefilled with the page's title and address, or null when no address is set. */
export function reportErrorHref(title: string, path: string, email = CORRECTIONS_EMAIL): string | null {
  if (!email) return null;
  const subject = `Correction: ${title}`;
  const body = `Page: ${absoluteUrl(path)}\n\nWhat is wrong:\n\nThe source that shows it (title and address):\n`;
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
