import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CiteMarks } from '@/components/citations/CiteMark';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { ReferenceList } from '@/components/citations/ReferenceList';
import { AsOf } from '@/components/facts/AsOf';
import { LanguageSwitcher } from '@/components/i18n/LanguageSwitcher';
import { StatusLabel } from '@/components/states/StatusLabel';
import { getInstrument, getSource, states } from '@/lib/content';
import type { StateRecord } from '@/lib/content/schemas';
import { numberCitations } from '@/lib/citations';
import { article5Citations } from '@/lib/article5';
import { localePath, localeTools, TRANSLATED_LOCALES, type TranslatedLocale } from '@/lib/i18n';
import { statePageFacts } from '@/lib/i18n/editionPages';
import { editionMetadata } from '@/lib/i18n/editions';
import { stateSummary } from '@/lib/i18n/stateSummary';
import { isTranslatedLocale } from '@/lib/i18n/locales';
import { OTTAWA_ID, paths } from '@/lib/routes';

type Params = { params: Promise<{ locale: string; iso: string }> };

export const dynamicParams = false;
export const generateStaticParams = () =>
  TRANSLATED_LOCALES.flatMap((locale) => states.map((s) => ({ locale, iso: s.iso.toLowerCase() })));

async function load(params: Params['params']): Promise<{ locale: TranslatedLocale; state: StateRecord }> {
  const { locale, iso } = await params;
  const state = states.find((s) => s.iso.toLowerCase() === iso);
  if (!isTranslatedLocale(locale) || !state) notFound();
  return { locale, state };
}

const facts = statePageFacts;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, state } = await load(params);
  return editionMetadata(facts(locale, state), paths.state(state.iso));
}

/** A state's status summary in the edition's language; the full page (notes, history, map) is in English. */
export default async function EditionStatePage({ params }: Params) {
  const { locale, state } = await load(params);
  const t = localeTools(locale);
  const { m } = t;
  const date = getInstrument(OTTAWA_ID).asOf;
  const summary = stateSummary(state, date, locale);
  const ottawaCites = state.ottawa.cite;
  const article5Cites = article5Citations(state, date);
  const notes = numberCitations([...ottawaCites, ...article5Cites], getSource);
  const name = t.stateName(state);
  return (
    <article>
      <p className="muted">
        <a href={localePath(locale, paths.states)}>{m.state.backToIndex}</a>
      </p>
      <h1>{m.state.title(name)}</h1>
      <LanguageSwitcher englishPath={paths.state(state.iso)} locale={locale} />
      <dl className="key-facts state-summary">
        <div className="key-fact">
          <dt>{m.state.status}</dt>
          <dd>
            <StatusLabel status={summary.status} locale={locale} /> <AsOf date={date} locale={locale} />
            <CiteMarks notes={notes} cites={ottawaCites} locale={locale} />
          </dd>
        </div>
        {summary.rows.map((row) => (
          <div key={row.label} className="key-fact">
            <dt>{row.label}</dt>
            <dd>
              <time dateTime={row.date}>{t.date(row.date)}</time>
            </dd>
          </div>
        ))}
        {summary.article5 && (
          <div className="key-fact">
            <dt>{m.state.article5}</dt>
            <dd>
              {summary.article5}
              <CiteMarks notes={notes} cites={article5Cites} locale={locale} />
            </dd>
          </div>
        )}
      </dl>
      {state.ottawa.unverified && <p className="note">{m.state.unverified}</p>}
      <p>
        <a href={paths.state(state.iso)} hrefLang="en">
          {m.state.fullPage}
        </a>
      </p>
      <ReferenceList notes={notes} locale={locale} />
      <CiteThisPage facts={facts(locale, state)} locale={locale} />
    </article>
  );
}
