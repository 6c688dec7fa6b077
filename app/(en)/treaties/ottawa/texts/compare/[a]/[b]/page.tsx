import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { PLACEHOLDER_METADATA, TextRedirect, orPlaceholder } from '@/components/texts/TextRedirect';
import { authenticTexts, getSource } from '@/lib/content';
import { webPageLd } from '@/lib/jsonLd';
import { pageMetadata } from '@/lib/pageMetadata';
import { provisionLabel } from '@/lib/provisionSlugs';
import { paths } from '@/lib/routes';
import { textPairFacts } from '@/lib/textPages';
import { hasText, sharedParts, textPairs } from '@/lib/texts';

const accessed = (id: string) => getSource(id).accessed;
const pairs = textPairs(authenticTexts.filter(hasText));

export const dynamicParams = false;

export function generateStaticParams() {
  return orPlaceholder(
    pairs.map(([a, b]) => ({ a: a.record.language, b: b.record.language })),
    { a: 'en', b: 'en' },
  );
}

type Params = { params: Promise<{ a: string; b: string }> };
const load = ({ a, b }: { a: string; b: string }) =>
  pairs.find(([x, y]) => x.record.language === a && y.record.language === b);

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const pair = load(await params);
  return pair ? pageMetadata(textPairFacts(pair[0], pair[1], accessed)) : PLACEHOLDER_METADATA;
}

export default async function TextPairPage({ params }: Params) {
  const { a: first, b: second } = await params;
  if (first === second) return <TextRedirect title="Side by side" target={paths.textCompare} />;
  const pair = load({ a: first, b: second });
  if (!pair) notFound();
  const [a, b] = pair;
  const facts = textPairFacts(a, b, accessed);
  return (
    <article>
      <p className="muted">
        <a href={paths.ottawa}>Ottawa Treaty</a> › <a href={paths.texts}>Authentic texts</a> ›{' '}
        <a href={paths.textCompare}>Side by side</a>
      </p>
      <h1>
        The {a.record.name} and {b.record.name} texts side by side
      </h1>
      <nav className="toc" aria-labelledby="toc-heading">
        <h2 id="toc-heading">Contents</h2>
        <ul>
          {sharedParts(a, b).map((n) => (
            <li key={n}>
              <a href={paths.textPairPart(a.record.language, b.record.language, n)}>{provisionLabel(n)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <CiteThisPage facts={facts} jsonLd={webPageLd(facts)} />
    </article>
  );
}
