/** Route params of the French and Spanish editions, checked (the layout only builds fr and es). */
import { notFound } from 'next/navigation';
import { isTranslatedLocale, type TranslatedLocale } from './locales';

export async function editionLocale(params: Promise<{ locale: string }>): Promise<TranslatedLocale> {
  const { locale } = await params;
  if (!isTranslatedLocale(locale)) notFound();
  return locale;
}
