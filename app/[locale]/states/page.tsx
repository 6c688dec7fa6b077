import type { Metadata } from 'next';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { ReferenceList } from '@/components/citations/ReferenceList';
import { AsOf } from '@/components/facts/AsOf';
import { PartiesCount, partyCountCitations } from '@/components/facts/PartiesCount';
import { LanguageSwitcher } from '@/components/i18n/LanguageSwitcher';
import { StatusLabel } from '@/components/states/StatusLabel';
import { getFigure, getInstrument, states, getSource } from '@/lib/content';
import { numberCitations } from '@/lib/citations';
import { localePath, localeTools, sortByStateName } from '@/lib/i18n';
import { statesPageFacts } from '@/lib/i18n/editionPages';
import { editionMetadata } from '@/lib/i18n/editions';
import { editionLocale } from '@/lib/i18n/params';
import { countParties } from '@/lib/ottawaStatus';
import { OTTAWA_ID, paths } from '@/lib/routes';
import { countByStatus, stateRows, statusOrder } from '@/lib/statesTable';

type Params = { params: Promise<{ locale: string }> };

const facts = statesPageFacts;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return editionMetadata(facts(await editionLocale(params)), paths.states);
}

/** Every state's status under the Ottawa Treaty, in the edition's language, from the same records as /states/. */
export default async function EditionStatesPage({ params }: Params) {
  const locale = await editionLocale(params);
  const t = localeTools(locale);
  const { m } = t;
  const date = getInstrument(OTTAWA_ID).asOf;
  const rows = sortByStateName(locale, stateRows(states, date), (r) => r.state);
  const counts = countByStatus(rows);
  const reported = getFigure('ottawa-states-parties-reported');
  const count = countParties(states, date, reported);
  const notes = numberCitations(partyCountCitations(count, reported), getSource);
  return (
    <article className="wide">
      <h1>{m.states.title}</h1>
      <LanguageSwitcher englishPath={paths.states} locale={locale} />
      <p className="lede">
        {m.states.lede} <AsOf date={date} locale={locale} />
      </p>
      <p>
        <PartiesCount count={count} reported={reported} notes={notes} locale={locale} />
      </p>
      <h2 id="summary">{m.states.summary}</h2>
      <ul className="status-counts">
        {statusOrder
          .filter((s) => (counts.get(s) ?? 0) > 0)
          .map((s) => (
            <li key={s}>
              <StatusLabel status={s} locale={locale} />:{' '}
              <data value={counts.get(s)}>{t.number(counts.get(s) ?? 0)}</data>
            </li>
          ))}
      </ul>
      <div className="table-scroll" role="region" aria-labelledby="states-caption" tabIndex={0}>
        <table className="data-table">
          <caption id="states-caption">{m.states.table(t.date(date))}</caption>
          <thead>
            <tr>
              <th scope="col">{m.states.state}</th>
              <th scope="col">{m.states.status}</th>
              <th scope="col">{m.states.consent}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ state, status, inForce }) => (
              <tr key={state.iso} data-iso={state.iso} data-status={status}>
                <th scope="row">
                  <a href={localePath(locale, paths.state(state.iso))}>{t.stateName(state)}</a>
                </th>
                <td>
                  <StatusLabel status={status} locale={locale} />
                </td>
                <td>{inForce ? <time dateTime={inForce}>{t.date(inForce)}</time> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ReferenceList notes={notes} locale={locale} />
      <CiteThisPage facts={facts(locale)} locale={locale} />
    </article>
  );
}
