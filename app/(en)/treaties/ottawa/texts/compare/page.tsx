import type { Metadata } from 'next';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { TextPairPicker } from '@/components/texts/TextPairPicker';
import { authenticTexts, getSource } from '@/lib/content';
import { webPageLd } from '@/lib/jsonLd';
import { pageMetadata, type PageFacts } from '@/lib/pageMetadata';
import { paths } from '@/lib/routes';
import { textsIndexFacts } from '@/lib/textPages';
import { hasText, sharedParts, textPairs } from '@/lib/texts';
import { allPartNumbers } from '@/lib/texts';

const accessed = (id: string) => getSource(id).accessed;
const withText = authenticTexts.filter(hasText);
const facts: PageFacts = {
  ...textsIndexFacts(authenticTexts, accessed),
  title: 'Ottawa Treaty: choose two authentic texts to read side by side',
  description: 'Every pair of the Ottawa Treaty’s authentic texts that we hold, each with its own side-by-side pages.',
  path: paths.textCompare,
};

export const metadata: Metadata = pageMetadata(facts);

/**
 * Where the side-by-side picker submits. The site's own server redirects a submission to the
 * chosen pair and part; this page is what a plain static host shows instead: every pair, as links.
 */
export default function TextComparePage() {
  const pairs = textPairs(withText);
  return (
    <article>
      <p className="muted">
        <a href={paths.ottawa}>Ottawa Treaty</a> › <a href={paths.texts}>Authentic texts</a>
      </p>
      <h1>Read two authentic texts side by side</h1>
      {withText.length > 1 ? (
        <TextPairPicker
          texts={withText}
          parts={allPartNumbers(withText)}
          defaults={{ a: withText[0]!.record.language, b: withText[1]!.record.language, part: 1 }}
        />
      ) : (
        <p>Only one authentic text is on this site so far, so there is nothing yet to set beside it.</p>
      )}
      <h2 id="all-pairs">Every pair</h2>
      <ul>
        {pairs.map(([a, b]) => (
          <li key={`${a.record.language}-${b.record.language}`}>
            <a href={paths.textPair(a.record.language, b.record.language)}>
              {a.record.name} and {b.record.name}
            </a>{' '}
            <span className="muted">({sharedParts(a, b).length} parts)</span>
          </li>
        ))}
      </ul>
      <CiteThisPage facts={facts} jsonLd={webPageLd(facts)} />
    </article>
  );
}
