import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CiteMarks } from '@/components/citations/CiteMark';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { ReferenceList } from '@/components/citations/ReferenceList';
import { AsOf } from '@/components/facts/AsOf';
import { StatusLabel } from '@/components/states/StatusLabel';
import { LanguageSwitcher } from '@/components/i18n/LanguageSwitcher';
import { withLanguageAlternates } from '@/lib/i18n/editions';
import { casualtiesLatest, contamination, getInstrument, getSource, instruments, states, topics } from '@/lib/content';
import { numberCitations } from '@/lib/citations';
import { formatDate } from '@/lib/dates';
import { ottawaStatusOn } from '@/lib/ottawaStatus';
import { CIVILIAN_RISK_SLUG, OTTAWA_ID, paths } from '@/lib/routes';
import { statusDescriptions } from '@/lib/statesTable';
import { apiiStatusOn } from '@/lib/apii';
import { article5Citations, article5On } from '@/lib/article5';
import { ottawaEvents } from '@/lib/stateEvents';
import { Article5Sentence } from '@/components/states/Article5Text';
import { ApiiStatusText } from '@/components/states/ApiiStatusText';
import { stateMentions } from '@/lib/stateMentions';
import { PolicyInForce, policyInForceCitations } from '@/components/instruments/PolicyInForce';
import { POLICY_ACTOR_BY_STATE, policyInForce } from '@/lib/policyInForce';
import { statusLabels } from '@/lib/statesTable';
import { stateNameSlugs } from '@/lib/stateSlugs';
import { absoluteUrl } from '@/lib/site';
import { StateNameRedirect } from '@/components/states/StateNameRedirect';
import { EmbedOffer } from '@/components/embed/EmbedOffer';
import { badgeSnippet, embedPaths, iframeSnippet } from '@/lib/embed/embeds';
import { stateFacts } from '@/lib/pageFacts';
import { pageMetadata } from '@/lib/pageMetadata';

export const dynamicParams = false;

const nameSlugs = stateNameSlugs(states);

/** One page per state at its code, and a page at each of its names that leads there. */
export function generateStaticParams() {
  return [...states.map((s) => ({ iso: s.iso.toLowerCase() })), ...[...nameSlugs.keys()].map((iso) => ({ iso }))];
}

const find = (iso: string) => states.find((s) => s.iso.toLowerCase() === iso);
const findByName = (slug: string) => {
  const iso = nameSlugs.get(slug);
  return iso ? states.find((s) => s.iso === iso) : undefined;
};

export async function generateMetadata({ params }: { params: Promise<{ iso: string }> }): Promise<Metadata> {
  const slug = (await params).iso;
  const named = findByName(slug);
  if (named)
    return {
      title: named.name,
      robots: { index: false, follow: true },
      alternates: { canonical: absoluteUrl(paths.state(named.iso)) },
    };
  const state = find(slug);
  if (!state) return {};
  return withLanguageAlternates(pageMetadata(stateFacts(state, getSource)), paths.state(state.iso));
}

export default async function StatePage({ params }: { params: Promise<{ iso: string }> }) {
  const slug = (await params).iso;
  const named = findByName(slug);
  if (named) return <StateNameRedirect name={named.name} target={paths.state(named.iso)} />;
  const state = find(slug);
  if (!state) notFound();
  const date = getInstrument(OTTAWA_ID).asOf;
  const o = state.ottawa;
  const apii = state.ccwAmendedProtocolII;
  const status = ottawaStatusOn(o, date);
  const ottawaCites = o.cite;
  const apiiCites = apii.cite;
  const area = contamination?.areas.find((a) => a.iso === state.iso);
  const article5 = article5On(state, date);
  const casualties = casualtiesLatest?.countries.find((c) => c.iso === state.iso);
  const actor = POLICY_ACTOR_BY_STATE[state.iso];
  const policy = actor ? policyInForce(instruments, actor, date) : undefined;
  const notes = numberCitations(
    [
      ...(policy ? policyInForceCitations(policy) : []),
      ...ottawaCites,
      ...apiiCites,
      ...(area?.cite ?? []),
      ...article5Citations(state, date),
      ...(casualties?.cite ?? []),
    ],
    getSource,
  );
  const mentions = stateMentions(state, { topics, instruments });
  const events = ottawaEvents(state, date);

  return (
    <article>
      <p className="muted">
        <a href={paths.states}>States</a>
      </p>
      <h1>{state.name}</h1>
      <LanguageSwitcher englishPath={paths.state(state.iso)} locale="en" />
      {policy && <PolicyInForce policy={policy} date={date} notes={notes} />}
      <h2 id="ottawa">Ottawa Treaty</h2>
      <p>
        Status <AsOf date={date} />: <StatusLabel status={status} />
        <CiteMarks notes={notes} cites={ottawaCites} />. <span className="muted">{statusDescriptions[status]}</span>
      </p>
      {events.length > 0 ? (
        <ol className="event-list" aria-label={`${state.name} and the Ottawa Treaty, in order`}>
          {events.map((e) => (
            <li key={`${e.date}-${e.what}`}>
              <time dateTime={e.date}>{formatDate(e.date)}</time>: {e.what}
              {e.future ? ' (future)' : ''}
            </li>
          ))}
        </ol>
      ) : (
        !o.unverified && <p>It has neither signed nor acceded to the treaty.</p>
      )}
      {o.unverified && (
        <p className="note">
          This record has not yet been fully checked against sources; the site states no status from it.
        </p>
      )}
      {o.notes && <p>{o.notes}</p>}
      <h2 id="amended-protocol-ii">CCW Amended Protocol II</h2>
      <p>
        <ApiiStatusText status={apiiStatusOn(apii, date)} />
        <CiteMarks notes={notes} cites={apiiCites} />.{' '}
        <a href={paths.instrument('ccw-amended-protocol-ii')}>What Amended Protocol II requires</a>.
      </p>
      {apii.notes && <p className="muted">{apii.notes}</p>}
      {(area || casualties || article5.kind !== 'no-record') && (
        <h2 id="civilian-risk">Contamination, clearance and casualties</h2>
      )}
      {area && (
        <p>
          The Landmine Monitor describes its anti-personnel mine contamination as <strong>{area.extent}</strong>
          <CiteMarks notes={notes} cites={area.cite} />.{area.note && <> {area.note}</>}
        </p>
      )}
      {article5.kind !== 'no-record' && (
        <p>
          <Article5Sentence state={state} status={article5} date={date} notes={notes} />
          {o.article5?.note && <> {o.article5.note}</>}
        </p>
      )}
      {casualties && casualtiesLatest && (
        <p>
          In {casualtiesLatest.year} the Monitor recorded{' '}
          <data value={casualties.total}>{casualties.total.toLocaleString('en-GB')}</data> casualties here
          <CiteMarks notes={notes} cites={casualties.cite} />, among the highest of any country (
          <a href={paths.topic(CIVILIAN_RISK_SLUG)}>civilian risk</a>).
        </p>
      )}
      {mentions.length > 0 && (
        <>
          <h2 id="elsewhere">Elsewhere on this site</h2>
          <ul>
            {mentions.map((m) => (
              <li key={m.href}>
                <a href={m.href}>{m.title}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <EmbedOffer
        what={`${state.name}'s status`}
        snippets={[
          {
            label: 'A status box (iframe)',
            code: iframeSnippet({
              path: embedPaths.state(state.iso),
              title: `${state.name} and the Ottawa Treaty`,
              width: 360,
              height: 180,
            }),
          },
          {
            label: 'A status badge (image, linked to this page)',
            code: badgeSnippet({
              iso: state.iso,
              pagePath: paths.state(state.iso),
              alt: `${state.name}, Ottawa Treaty: ${statusLabels[status]} (as of ${formatDate(date)})`,
            }),
          },
        ]}
      />
      <ReferenceList notes={notes} />
      <CiteThisPage facts={stateFacts(state, getSource)} />
    </article>
  );
}
