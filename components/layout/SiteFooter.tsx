import { paths } from '@/lib/routes';
import { localePath, messages, type Locale } from '@/lib/i18n';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <section aria-labelledby="footer-about">
          <h2 id="footer-about">Landmine Law Explainer</h2>
          <p>
            A cited reference on the law of landmines. Every fact on this site cites its source; see{' '}
            <a href={paths.about}>how we check facts and how to cite us</a>. This is a reference, not legal advice.
          </p>
        </section>
        <nav aria-labelledby="footer-reference">
          <h2 id="footer-reference">Reference</h2>
          <ul>
            <li>
              <a href={paths.ottawa}>The Ottawa Treaty, article by article</a>
            </li>
            <li>
              <a href={paths.timeline}>Timeline</a>
            </li>
            <li>
              <a href={paths.glossary}>Glossary</a>
            </li>
            <li>
              <a href={paths.sources}>Every source</a>
            </li>
            <li>
              <a href={paths.data}>Open data (JSON, CSV)</a>
            </li>
          </ul>
        </nav>
        <section aria-labelledby="footer-licence">
          <h2 id="footer-licence">Licence</h2>
          <p>
            Text and data:{' '}
            <a href="https://creativecommons.org/licenses/by/4.0/" rel="license">
              CC BY 4.0
            </a>
            . Code: MIT licence. Treaty texts are quoted from their official sources and are not ours to license.
          </p>
        </section>
      </div>
    </footer>
  );
}

/** The French and Spanish editions' footer: what the site is, the English reference, the licence. */
export function EditionFooter({ locale }: { locale: Exclude<Locale, 'en'> }) {
  const m = messages(locale);
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <section aria-labelledby="footer-about">
          <h2 id="footer-about">{m.siteName}</h2>
          <p>{m.footer.about}</p>
        </section>
        <nav aria-labelledby="footer-reference">
          <h2 id="footer-reference">{m.footer.reference}</h2>
          <ul>
            <li>
              <a href={paths.home} hrefLang="en">
                {m.footer.englishEdition}
              </a>
            </li>
            <li>
              <a href={localePath(locale, paths.glossary)}>{m.nav.glossary}</a>
            </li>
          </ul>
        </nav>
        <section aria-labelledby="footer-licence">
          <h2 id="footer-licence">{m.footer.licence}</h2>
          <p>{m.footer.licenceText}</p>
        </section>
      </div>
    </footer>
  );
}
