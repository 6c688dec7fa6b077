import { SearchForm } from '@/components/layout/SearchForm';
import { paths } from '@/lib/routes';
import { SiteMark } from './SiteMark';

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

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <div className="site-header-inner">
        <a className="site-name" href={paths.home}>
          <SiteMark />
          Landmine Law Explainer
        </a>
        <nav aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <a href={item.href}>{item.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <SearchForm />
      </div>
    </header>
  );
}
