import type { Metadata } from 'next';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { pageMetadata } from '@/lib/pageMetadata';
import { webPageLd } from '@/lib/jsonLd';
import { derivedFacts, instrumentReview } from '@/lib/pageFacts';
import { PairPicker } from '@/components/compare/PairPicker';
import { instrumentPairs, orderInstruments, pairsStartingWith } from '@/lib/compare/order';
import { instruments } from '@/lib/content';
import { paths } from '@/lib/routes';

const facts = derivedFacts(
  {
    title: 'Choose two instruments to compare',
    description: 'Every pair of landmine instruments on this site, each with its own comparison page.',
    path: paths.compareSelection,
    family: 'compare',
    ogType: 'website',
  },
  instruments.map(instrumentReview),
);

export const metadata: Metadata = pageMetadata(facts);

/**
 * Where the pair picker submits. The site's own server redirects a submission straight to
 * the pair page; this page is what a plain static host shows instead: every pair, as links.
 */
export default function SelectPairPage() {
  const ordered = orderInstruments(instruments);
  const pairs = instrumentPairs(instruments);
  return (
    <article>
      <p className="muted">
        <a href={paths.compare}>Compare</a>
      </p>
      <h1>Choose two instruments to compare</h1>
      <PairPicker instruments={ordered} />
      <h2 id="all-pairs">Every pair</h2>
      {ordered.map((first) => {
        const withFirst = pairsStartingWith(pairs, first.id);
        if (withFirst.length === 0) return null;
        return (
          <section key={first.id} aria-labelledby={`pairs-${first.id}`}>
            <h3 id={`pairs-${first.id}`}>{first.shortTitle} compared with…</h3>
            <ul className="inline-list">
              {withFirst.map(([a, b]) => (
                <li key={b.id}>
                  <a href={paths.comparePair(a.id, b.id)}>{b.shortTitle}</a>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <CiteThisPage facts={facts} jsonLd={webPageLd(facts)} />
    </article>
  );
}
