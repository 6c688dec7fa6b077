import { authenticTexts } from '@/lib/content';
import { paths } from '@/lib/routes';
import { languageRank, type LanguageText } from '@/lib/texts';

const orderedPair = (x: LanguageText, y: LanguageText) =>
  languageRank(x.record.language) < languageRank(y.record.language) ? [x, y] : [y, x];

/**
 * Links from one part of the treaty to the same part in the other authentic languages (each
 * link named in its own language, with `hreflang` and `lang`), and to each pair side by side.
 */
export function OtherLanguages({ current, number }: { current: string; number: number }) {
  const self = authenticTexts.find((t) => t.record.language === current);
  const others = authenticTexts.filter(
    (t) => t.record.language !== current && t.parts.some((p) => p.number === number),
  );
  const absent = authenticTexts.filter(
    (t) => t.record.language !== current && !t.parts.some((p) => p.number === number),
  );
  if (!self) return null;
  const what = number === 0 ? 'the preamble' : 'this article';
  return (
    <nav className="other-languages" aria-labelledby="other-languages-heading">
      <h2 id="other-languages-heading">In the other authentic languages</h2>
      {others.length > 0 && (
        <>
          <p>
            Read {what} in:{' '}
            {others.map((t, i) => (
              <span key={t.record.language}>
                {i > 0 && ', '}
                <a
                  href={paths.textPart(t.record.language, number)}
                  hrefLang={t.record.language}
                  lang={t.record.language}
                  dir={t.record.dir}
                >
                  {t.record.nativeName}
                </a>
              </span>
            ))}
            .
          </p>
          <p>
            Side by side with the {self.record.name} text:{' '}
            {others.map((t, i) => {
              const [a, b] = orderedPair(self, t);
              return (
                <span key={t.record.language}>
                  {i > 0 && ', '}
                  <a href={paths.textPairPart(a!.record.language, b!.record.language, number)}>{t.record.name}</a>
                </span>
              );
            })}
            .
          </p>
        </>
      )}
      {absent.length > 0 && (
        <p className="muted">
          Not shown in {absent.map((t) => t.record.name).join(', ')}: no official copy of {what} in{' '}
          {absent.length > 1 ? 'these languages' : 'this language'} was found (see{' '}
          <a href={paths.texts}>the authentic texts</a>).
        </p>
      )}
    </nav>
  );
}
