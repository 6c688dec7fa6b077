import type { Metadata } from 'next';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { htmlLang } from '@/lib/i18n';
import NotFound from './(en)/not-found';
import './globals.css';

/**
 * The 404 page for any address the site does not have (404.html in the export). With one root
 * layout per language (app/(en), app/[locale]) there is no layout above an unknown address, so
 * this page brings its own <html>, in English, with the site's header and footer.
 */
export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

export default function GlobalNotFound() {
  return (
    <html lang={htmlLang.en}>
      <head>
        {/* eslint-disable-next-line @next/next/no-css-tags */}
        <link rel="stylesheet" href="/styles/generated.css" />
      </head>
      <body>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          <NotFound />
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
