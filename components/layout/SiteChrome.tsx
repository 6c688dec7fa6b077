'use client';
/**
 * The site's header or footer, left out of embed pages (/embed/…): those are made to sit in
 * another site's iframe, so they are rendered without the chrome rather than hiding it with
 * CSS (issue 13). The root layout cannot read the address; the selected child segment is how
 * Next tells a layout which route it wraps. Rendered once at build like every page: the
 * runtime is stripped afterwards (scripts/strip-runtime.ts), so this ships no JavaScript.
 */
import type { ReactNode } from 'react';
import { useSelectedLayoutSegment } from 'next/navigation';

/** The first segment of every embed address (embedPaths in lib/embed/embeds.ts). */
const EMBED_SEGMENT = 'embed';

export function SiteChrome({ children }: { children: ReactNode }) {
  return useSelectedLayoutSegment() === EMBED_SEGMENT ? null : children;
}
