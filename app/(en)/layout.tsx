import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteChrome } from '@/components/layout/SiteChrome';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { SITE_NAME, SITE_URL } from '@/lib/site';
import '../globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(`${SITE_URL}/`),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  alternates: { types: { 'application/atom+xml': [{ url: '/feed.xml', title: `${SITE_NAME}: changes` }] } },
  description:
    'The law of landmines explained and cited: the Ottawa Treaty article by article, who is bound by it, U.S. policy, and the risk to civilians.',
  // The share image repeats the favicon's mark (source: design/share-image.svg).
  openGraph: {
    siteName: SITE_NAME,
    type: 'website',
    images: [{ url: '/share.png', width: 1200, height: 630, alt: SITE_NAME }],
  },
  twitter: { card: 'summary_large_image', images: ['/share.png'] },
};

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f3f1eb' },
    { media: '(prefers-color-scheme: dark)', color: '#222428' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <head>
        {/* Rules derived from data (the status colours): app/styles/generated.css/route.ts. A route
            handler's output cannot be imported, so it is linked (CSP: no inline styles). */}
        {/* eslint-disable-next-line @next/next/no-css-tags */}
        <link rel="stylesheet" href="/styles/generated.css" />
      </head>
      <body>
        <SiteChrome>
          <SiteHeader />
        </SiteChrome>
        <main id="main" tabIndex={-1} data-pagefind-body="">
          {children}
        </main>
        <SiteChrome>
          <SiteFooter />
        </SiteChrome>
      </body>
    </html>
  );
}
