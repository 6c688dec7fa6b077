/**
 * The site's mark: a warning triangle in the accent colour, the same drawing as the favicon
 * (app/icon.svg) and the share image (public/share.png). Decorative beside the site's name.
 */
export function SiteMark() {
  return (
    <svg className="site-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="6" className="site-mark-tile" />
      <path d="M16 6 26 24H6z" fill="none" className="site-mark-line" strokeWidth="2.5" strokeLinejoin="round" />
      <path d="M16 11.5v5.5" className="site-mark-line" strokeWidth="2.5" strokeLinecap="round" />
      <circle cx="16" cy="20.4" r="1.6" className="site-mark-dot" />
    </svg>
  );
}
