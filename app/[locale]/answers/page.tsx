import type { Metadata } from 'next';
import { CiteMarks } from '@/components/citations/CiteMark';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { ReferenceList } from '@/components/citations/ReferenceList';
import { AsOf } from '@/components/facts/AsOf';
import { LanguageSwitcher } from '@/components/i18n/LanguageSwitcher';
import { siteFactContext } from '@/lib/answers/context';
import { fillFacts } from '@/lib/answers/facts';
import { factsAsOf } from '@/lib/answers/view';
import { pageLabel } from '@/lib/answers/pageLabel';
import { numberCitations } from '@/lib/citations';
import { answers, instruments, states, topics, getSource } from '@/lib/content';
import { localePath, localeTools, type TranslatedLocale } from '@/lib/i18n';
import { answersPageFacts } from '@/lib/i18n/editionPages';
import { editionMetadata, hasEdition, translatedAnswer, untranslatedAnswers } from '@/lib/i18n/editions';
import { editionLocale } from '@/lib/i18n/params';
import { answerAnchor, paths } from '@/lib/routes';

type Params = { params: Promise<{ locale: string }> };

const facts = answersPageFacts;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return editionMetadata(facts(await editionLocale(params)), paths.answers);
}

/** The page an answer points to, in this edition where it has one (with its title there), else in English. */
function pageLink(locale: TranslatedLocale, href: string) {
  const [path = '', fragment] = href.split('#');
  const t = localeTools(locale);
  const local = hasEdition(locale, path);
  const href2 = `${local ? localePath(locale, path) : path}${fragment ? `#${fragment}` : ''}`;
  const state = states.find((s) => paths.state(s.iso) === path);
  const localTitle: Record<string, string> = {
    [paths.ottawa]: t.m.nav.ottawa,
    [paths.states]: t.m.states.title,
    [paths.topic('withdrawals')]: t.m.nav.withdrawals,
    [paths.glossary]: t.m.glossary.title,
    [paths.answers]: t.m.answers.title,
  };
  const title = local ? (state ? t.m.state.title(t.stateName(state)) : localTitle[path]) : undefined;
  if (title) return { href: href2, hrefLang: undefined, lang: undefined, title };
  return {
    href: href2,
    hrefLang: 'en',
    lang: 'en',
    title: pageLabel(href, { instruments, topics: topics.map((x) => x.data), states }),
  };
}

/**
 * Quick answers in the edition's language: the words from content/i18n/<locale>/answers/, every
 * count, date and status computed in the locale from the same records as the English, with the
 * English answer's citations and page.
 */
export default async function EditionAnswersPage({ params }: Params) {
  const locale = await editionLocale(params);
  const { m } = localeTools(locale);
  const ctx = { ...siteFactContext(), locale };
  const items = answers.flatMap((a) => {
    const words = translatedAnswer(locale, a.id);
    return words
      ? [
          {
            ...a,
            question: words.question,
            text: fillFacts(words.answer, ctx),
            factsAsOf: factsAsOf(words.answer, a.asOf, ctx),
          },
        ]
      : [];
  });
  const missing = untranslatedAnswers(locale);
  const notes = numberCitations(
    items.flatMap((a) => a.cite),
    getSource,
  );
  return (
    <article>
      <h1>{m.answers.title}</h1>
      <LanguageSwitcher englishPath={paths.answers} locale={locale} />
      <p className="lede">{m.answers.lede}</p>
      <nav aria-labelledby="questions-heading">
        <h2 id="questions-heading">{m.answers.questions}</h2>
        <ol className="answer-index">
          {items.map((a) => (
            <li key={a.id}>
              <a href={`#${answerAnchor(a.id)}`}>{a.question}</a>
            </li>
          ))}
        </ol>
      </nav>
      <h2 id="answers">{m.answers.answers}</h2>
      {items.map((a) => {
        const link = pageLink(locale, a.page);
        return (
          <section key={a.id} className="answer" aria-labelledby={`${a.id}-q`}>
            <h3 id={answerAnchor(a.id)}>
              <span id={`${a.id}-q`}>{a.question}</span>{' '}
              <a className="anchor-link" href={`#${answerAnchor(a.id)}`} aria-label={m.answers.linkTo(a.question)}>
                #
              </a>
            </h3>
            <p>
              {a.text}
              <CiteMarks notes={notes} cites={a.cite} locale={locale} />
            </p>
            <p className="muted">
              <AsOf date={a.factsAsOf} locale={locale} /> · {m.answers.fullExplanation}{' '}
              <a href={link.href} hrefLang={link.hrefLang} lang={link.lang}>
                {link.title}
              </a>
              {link.lang === 'en' && ` (${m.language.englishOnly})`}
            </p>
          </section>
        );
      })}
      {missing.length > 0 && (
        <>
          <p>{m.answers.untranslated(missing.length)}</p>
          <ul lang="en">
            {missing.map((a) => (
              <li key={a.id}>
                <a href={`${paths.answers}#${answerAnchor(a.id)}`} hrefLang="en">
                  {a.question}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <ReferenceList notes={notes} locale={locale} />
      <CiteThisPage facts={facts(locale)} locale={locale} />
    </article>
  );
}
