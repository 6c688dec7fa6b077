import type { Metadata } from 'next';
import { CiteMarks } from '@/components/citations/CiteMark';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { ReferenceList } from '@/components/citations/ReferenceList';
import { AsOf } from '@/components/facts/AsOf';
import { LanguageSwitcher } from '@/components/i18n/LanguageSwitcher';
import { withLanguageAlternates } from '@/lib/i18n/editions';
import { siteFactContext } from '@/lib/answers/context';
import { pageLabel } from '@/lib/answers/pageLabel';
import { answerViews, coverageErrorViews, faqPageJsonLd, jsonLdText } from '@/lib/answers/view';
import { numberCitations } from '@/lib/citations';
import { answers, coverageErrors, getSource, instruments, states, topics } from '@/lib/content';
import type { CoverageError } from '@/lib/content/schemas';
import { formatDate } from '@/lib/dates';
import { answerAnchor, coverageErrorAnchor, paths } from '@/lib/routes';
import { SITE_URL } from '@/lib/site';
import { derivedFacts } from '@/lib/pageFacts';
import { pageMetadata } from '@/lib/pageMetadata';

const TITLE = 'Quick answers';

/** Reviewed when its newest answer or correction was last checked. */
const facts = derivedFacts(
  {
    title: TITLE,
    description:
      'Short, sourced answers on who is bound by the Ottawa Treaty, U.S. policy, Ukraine, withdrawals and non-persistent mines, each computed from the data and dated; and common errors in coverage, corrected.',
    path: paths.answers,
    family: 'site',
    ogType: 'article',
  },
  [...answers, ...coverageErrors].map((a) => ({ reviewed: a.asOf, changes: [] })),
);

export const metadata: Metadata = withLanguageAlternates(pageMetadata(facts), paths.answers);

const kindLabels: Record<CoverageError['kind'], string> = {
  'wrong-date': 'Wrong date',
  'suspension-called-withdrawal': 'A suspension called a withdrawal',
  'stale-count': 'Out-of-date count',
  'mixed-denominator': 'Percentages of different totals mixed',
  'signatories-for-parties': 'Signatories confused with States Parties',
};

export default function AnswersPage() {
  const ctx = siteFactContext();
  const items = answerViews(answers, ctx);
  const errors = coverageErrorViews(coverageErrors, ctx, getSource);
  const notes = numberCitations([...items.flatMap((a) => a.cite), ...errors.flatMap((e) => e.cite)], getSource);
  const label = (href: string) => pageLabel(href, { instruments, topics: topics.map((t) => t.data), states });
  return (
    <article>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLdText(faqPageJsonLd(items, `${SITE_URL}${paths.answers}`)) }}
      />
      <h1>{TITLE}</h1>
      <LanguageSwitcher englishPath={paths.answers} locale="en" />
      <p className="lede">
        The questions reporters ask most, each answered in one or two sentences with its sources. Counts, dates and
        statuses are computed from the site&apos;s records, so each answer carries the date it holds for. Every answer
        has its own link (the # beside it) and leads to the page that explains it in full.
      </p>
      <nav aria-labelledby="questions-heading">
        <h2 id="questions-heading">Questions</h2>
        <ol className="answer-index">
          {items.map((a) => (
            <li key={a.id}>
              <a href={`#${answerAnchor(a.id)}`}>{a.question}</a>
            </li>
          ))}
        </ol>
        <p>
          <a href={`#${ERRORS_ID}`}>Common errors in coverage</a>
        </p>
      </nav>
      <h2 id="answers">Answers</h2>
      {items.map((a) => (
        <section key={a.id} className="answer" aria-labelledby={`${a.id}-q`}>
          <h3 id={answerAnchor(a.id)}>
            <span id={`${a.id}-q`}>{a.question}</span>{' '}
            <a
              className="anchor-link"
              href={`#${answerAnchor(a.id)}`}
              aria-label={`Link to this answer: ${a.question}`}
            >
              #
            </a>
          </h3>
          <p>
            {a.text}
            <CiteMarks notes={notes} cites={a.cite} />
          </p>
          <p className="muted">
            <AsOf date={a.factsAsOf} /> · Full explanation: <a href={a.page}>{label(a.page)}</a>
          </p>
        </section>
      ))}
      <h2 id={ERRORS_ID}>Common errors in coverage</h2>
      <p>
        Misstatements found in published reporting, each in our words and attributed to the outlet, beside the correct
        fact and its source. They are listed so that the same errors are not repeated, not to single out any outlet.
      </p>
      <ul className="coverage-errors">
        {errors.map((e) => (
          <li key={e.id} id={coverageErrorAnchor(e.id)} className="coverage-error">
            <p className="coverage-error-kind">
              <strong>{kindLabels[e.kind]}</strong>
            </p>
            <p>
              <span className="label">Reported: </span>
              {e.article.author}
              {e.article.date ? <>, {formatDate(e.article.date)}</> : null} (
              <a href={paths.sourceRecord(e.article)}>“{e.article.title}”</a>): {e.claim}
            </p>
            <p>
              <span className="label">In fact: </span>
              {e.text}
              <CiteMarks notes={notes} cites={e.cite} /> <AsOf date={e.factsAsOf} />
            </p>
            <p className="muted">
              More: <a href={e.page}>{label(e.page)}</a>
            </p>
          </li>
        ))}
      </ul>
      <ReferenceList notes={notes} />
      <CiteThisPage facts={facts} />
    </article>
  );
}

const ERRORS_ID = 'coverage-errors';
