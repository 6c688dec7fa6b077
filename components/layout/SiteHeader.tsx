import { paths } from '@/lib/routes';

const NAV = [
  { href: paths.ottawa, label: 'Ottawa Treaty' },
  { href: paths.glossary, label: 'Glossary' },
  { href: paths.sources, label: 'Sources' },
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
      </div>
    </header>
  );
}
