import type { Metadata } from 'next';
import { derivedFacts, instrumentReview } from '@/lib/pageFacts';
import { pageMetadata } from '@/lib/pageMetadata';
import { CiteMarks } from '@/components/citations/CiteMark';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { ReferenceList } from '@/components/citations/ReferenceList';
import { PolicyChange, policyChangeCitations } from '@/components/instruments/PolicyChange';
import { PolicyInForce, policyInForceCitations } from '@/components/instruments/PolicyInForce';
import { policyInForce } from '@/lib/policyInForce';
import { numberCitations } from '@/lib/citations';
import { policyChanges, policyVersions } from '@/lib/compare/matrix';
import { byInstrumentDate, instrumentDate, placingDate } from '@/lib/compare/order';
import { dimensions, instruments, getSource } from '@/lib/content';
import { formatDate, latestDate } from '@/lib/dates';
import { paths } from '@/lib/routes';

const facts = derivedFacts(
  {
    title: 'U.S. anti-personnel landmine policy over time',
    description:
      'Every U.S. landmine policy and decision from the 1992 export moratorium to today, in order, with what changed at each step, computed point by point.',
    path: paths.usPolicy,
    family: 'us-policy',
    ogType: 'website',
  },
  instruments.filter((i) => i.jurisdiction === 'United States').map(instrumentReview),
);

export const metadata: Metadata = pageMetadata(facts);

/** Successive executive policies are compared with each other; statutes are listed alongside. */
const ACTOR = 'united-states';

export default function UsPolicyPage() {
  const versions = policyVersions(instruments, ACTOR);
  const changes = policyChanges(versions, dimensions);
  const listed = byInstrumentDate(instruments.filter((i) => i.jurisdiction === 'United States'));
  // The date shown and its citations come from one rule (placingDate), so they cannot disagree.
  const dateCite = (i: (typeof instruments)[number]) => placingDate(i)?.cite ?? [];
  const asOf = latestDate(listed.map((v) => v.asOf));
  const current = policyInForce(instruments, ACTOR, asOf);
  const notes = numberCitations(
    [
      ...(current ? policyInForceCitations(current) : []),
      ...listed.flatMap(dateCite),
      ...changes.flatMap(policyChangeCitations),
    ],
    getSource,
  );
  return (
    <article>
      <h1>U.S. anti-personnel landmine policy over time</h1>
      {current && <PolicyInForce policy={current} date={asOf} notes={notes} />}
      <p className="lede">
        The United States has never joined the Ottawa Treaty; its rules on anti-personnel mines come from statutes and
        from policies each administration can change. Here is every policy and decision on this site in order, and,
        between each and the next, the points on which its stance changed.
      </p>
      <p>
        Related: <a href={paths.topic('korea-exception')}>the Korea exception</a> ·{' '}
        <a href={paths.topic('ukraine-2024-decision')}>the 2024 decision on mines for Ukraine</a> ·{' '}
        <a href={paths.instrument('ccw-amended-protocol-ii')}>CCW Amended Protocol II</a>, which binds the United
        States.
      </p>
      <h2 id="in-order">In order</h2>
      <ol className="policy-timeline">
        {listed.map((v) => (
          <li key={v.id}>
            <time dateTime={instrumentDate(v)}>{formatDate(instrumentDate(v))}</time>
            <CiteMarks notes={notes} cites={dateCite(v)} /> — <a href={paths.instrument(v.id)}>{v.shortTitle}</a>.{' '}
            {v.summary}
          </li>
        ))}
      </ol>
      <h2 id="what-changed">What changed at each step</h2>
      <p className="muted">
        Between successive executive policies (the 1992 export moratorium is a statute that ran alongside them, so it is
        compared on its own page). Computed from each policy&apos;s stance on the {dimensions.length} points of
        comparison; a change of wording without a change of stance is not listed. Follow “full comparison” for every
        point.
      </p>
      {changes.map((c) => (
        <PolicyChange key={`${c.from.id}-${c.to.id}`} change={c} notes={notes} />
      ))}
      <ReferenceList notes={notes} />
      <CiteThisPage facts={facts} />
    </article>
  );
}
