import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { EditionFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { htmlLang, isTranslatedLocale, messages, ogLocale, TRANSLATED_LOCALES } from '@/lib/i18n';
import { SITE_URL } from '@/lib/site';
import { FEED_PATH } from '@/lib/feed';
import '../globals.css';

/** The French and Spanish editions: a root layout of their own, so `<html lang>` is the edition's. */
export const dynamicParams = false;
export const generateStaticParams = () => TRANSLATED_LOCALES.map((locale) => ({ locale }));

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isTranslatedLocale(locale)) return {};
  const m = messages(locale);
  return {
    metadataBase: new URL(`${SITE_URL}/`),
    title: { default: m.siteName, template: `%s · ${m.siteName}` },
    description: m.siteDescription,
    alternates: {
      types: { 'application/atom+xml': [{ url: `/${locale}${FEED_PATH}`, title: m.feed.title(m.siteName) }] },
    },
    openGraph: {
      siteName: m.siteName,
      type: 'website',
      locale: ogLocale[locale],
      images: [{ url: '/share.png', width: 1200, height: 630, alt: m.siteName }],
    },
    twitter: { card: 'summary_large_image', images: ['/share.png'] },
  };
}

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f3f1eb' },
    { media: '(prefers-color-scheme: dark)', color: '#222428' },
  ],
};

export default async function EditionLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!isTranslatedLocale(locale)) notFound();
  return (
    <html lang={htmlLang[locale]}>
      <head>
        {/* eslint-disable-next-line @next/next/no-css-tags */}
        <link rel="stylesheet" href="/styles/generated.css" />
      </head>
      <body>
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1} data-pagefind-body="">
          {children}
        </main>
        <EditionFooter locale={locale} />
      </body>
    </html>
  );
}
