import { editionsOf } from '@/lib/i18n/editions';
import { htmlLang, languageNames, messages, type Locale } from '@/lib/i18n';

/**
 * Links to this page in the site's other languages, each named in its own language and marked
 * with `lang` and `hreflang`, so a reader finds theirs and a screen reader says it rightly.
 * Renders nothing on a page that exists in one language only.
 */
export function LanguageSwitcher({ englishPath, locale }: { englishPath: string; locale: Locale }) {
  const editions = editionsOf(englishPath);
  if (editions.length < 2) return null;
  return (
    <nav className="language-switcher" aria-label={messages(locale).language.switcherLabel}>
      <ul>
        {editions.map((e) => (
          <li key={e.locale}>
            {e.locale === locale ? (
              <span aria-current="page" lang={htmlLang[e.locale]}>
                {languageNames[e.locale]}
              </span>
            ) : (
              <a href={e.path} hrefLang={htmlLang[e.locale]} lang={htmlLang[e.locale]}>
                {languageNames[e.locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
