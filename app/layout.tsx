import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { SITE_URL } from '@/lib/site';
import { statusColourCss } from '@/lib/statusColours';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: 'Landmine Law Explainer', template: '%s · Landmine Law Explainer' },
  description:
    'The law of landmines explained and cited: the Ottawa Treaty article by article, who is bound by it, U.S. policy, and the risk to civilians.',
  // The share image repeats the favicon's mark (source: design/share-image.svg).
  openGraph: {
    siteName: 'Landmine Law Explainer',
    type: 'website',
    images: [{ url: '/share.png', width: 1200, height: 630, alt: 'Landmine Law Explainer' }],
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
        <style>{statusColourCss((status) => `.status-${status} .swatch`, 'background')}</style>
      </head>
      <body>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
