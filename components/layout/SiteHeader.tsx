import { SearchForm } from '@/components/layout/SearchForm';
import { paths } from '@/lib/routes';
import { SiteMark } from './SiteMark';
import { localePath, messages, type Locale } from '@/lib/i18n';

const NAV = [
  { href: paths.ottawa, label: 'Ottawa Treaty' },
  { href: paths.states, label: 'States' },
  { href: paths.usPolicy, label: 'U.S. policy' },
  { href: paths.compare, label: 'Compare' },
  { href: paths.topic('civilian-risk'), label: 'Civilian risk' },
  { href: paths.timeline, label: 'Timeline' },
  { href: paths.glossary, label: 'Glossary' },
  { href: paths.sources, label: 'Sources' },
  { href: paths.data, label: 'Data' },
  { href: paths.about, label: 'About' },
];

/** The French and Spanish editions' navigation: their own pages only. */
function editionNav(locale: Locale) {
  const nav = messages(locale).nav;
  return [
    { href: paths.ottawa, label: nav.ottawa },
    { href: paths.states, label: nav.states },
    { href: paths.topic('withdrawals'), label: nav.withdrawals },
    { href: paths.answers, label: nav.answers },
    { href: paths.glossary, label: nav.glossary },
  ].map((item) => ({ ...item, href: localePath(locale, item.href) }));
}

export function SiteHeader({ locale = 'en' }: { locale?: Locale }) {
  const m = messages(locale);
  const nav = locale === 'en' ? NAV : editionNav(locale);
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {m.skipLink}
      </a>
      <div className="site-header-inner">
        <a className="site-name" href={localePath(locale, paths.home)}>
          <SiteMark />
          {m.siteName}
        </a>
        <nav aria-label={m.mainNav}>
          <ul>
            {nav.map((item) => (
              <li key={item.href}>
                <a href={item.href}>{item.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <SearchForm locale={locale} />
      </div>
    </header>
  );
}
