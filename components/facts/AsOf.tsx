import { localeTools, type Locale } from '@/lib/i18n';

/** "(as of 1 December 2025)", machine-readable, in the page's language. */
export function AsOf({ date, bare = false, locale = 'en' }: { date: string; bare?: boolean; locale?: Locale }) {
  const t = localeTools(locale);
  const time = <time dateTime={date}>{t.date(date)}</time>;
  if (bare) return <span className="as-of">{time}</span>;
  // The catalogue's phrase wraps the date: split it around a marker so the date stays a <time>.
  const [before, after] = t.m.asOf('\u0000').split('\u0000') as [string, string];
  return (
    <span className="as-of">
      {before}
      {time}
      {after}
    </span>
  );
}
