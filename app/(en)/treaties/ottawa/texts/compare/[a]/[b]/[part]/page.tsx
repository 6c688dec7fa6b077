import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { ReferenceList } from '@/components/citations/ReferenceList';
import { SideBySide } from '@/components/texts/SideBySide';
import { TextPairPicker } from '@/components/texts/TextPairPicker';
import { PLACEHOLDER_METADATA, TextRedirect, orPlaceholder } from '@/components/texts/TextRedirect';
import { authenticTexts, getSource } from '@/lib/content';
import { webPageLd } from '@/lib/jsonLd';
import { pageMetadata } from '@/lib/pageMetadata';
import { notesForPage } from '@/lib/pageNotes';
import { provisionLabel, provisionNumberFromSlug, provisionSlug } from '@/lib/provisionSlugs';
import { paths } from '@/lib/routes';
import { textPairFacts } from '@/lib/textPages';
import { hasText, sharedParts, textPairs } from '@/lib/texts';
import { allPartNumbers } from '@/lib/texts';

const accessed = (id: string) => getSource(id).accessed;
const withText = authenticTexts.filter(hasText);
const pairs = textPairs(withText);

export const dynamicParams = false;

export function generateStaticParams() {
  return orPlaceholder(
    pairs.flatMap(([a, b]) =>
      sharedParts(a, b).map((n) => ({ a: a.record.language, b: b.record.language, part: provisionSlug(n) })),
    ),
    { a: 'en', b: 'en', part: 'preamble' },
  );
}

type Params = { params: Promise<{ a: string; b: string; part: string }> };

function load({ a, b, part }: { a: string; b: string; part: string }) {
  const pair = pairs.find(([x, y]) => x.record.language === a && y.record.language === b);
  const number = provisionNumberFromSlug(part);
  if (!pair || number === undefined) return undefined;
  const left = pair[0].parts.find((p) => p.number === number);
  const right = pair[1].parts.find((p) => p.number === number);
  return left && right ? { pair, number, left, right } : undefined;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const loaded = load(await params);
  return loaded
    ? pageMetadata(textPairFacts(loaded.pair[0], loaded.pair[1], accessed, loaded.number))
    : PLACEHOLDER_METADATA;
}

export default async function TextPairPartPage({ params }: Params) {
  const chosen = await params;
  if (chosen.a === chosen.b) return <TextRedirect title="Side by side" target={paths.textCompare} />;
  const loaded = load(chosen);
  if (!loaded) notFound();
  const { pair, number, left, right } = loaded;
  const [a, b] = pair;
  const facts = textPairFacts(a, b, accessed, number);
  const notes = notesForPage({ before: [...left.sources, ...right.sources].map((source) => ({ source })) });
  const parts = sharedParts(a, b);
  const index = parts.indexOf(number);
  const previous = parts[index - 1];
  const next = parts[index + 1];
  const label = provisionLabel(number);
  return (
    <article className="wide">
      <p className="muted">
        <a href={paths.ottawa}>Ottawa Treaty</a> › <a href={paths.texts}>Authentic texts</a> ›{' '}
        <a href={paths.textPair(a.record.language, b.record.language)}>
          {a.record.name} and {b.record.name}
        </a>
      </p>
      <h1>
        {label}: the {a.record.name} and {b.record.name} texts
      </h1>
      <p>
        Each text is quoted exactly from its official copy; both are equally authentic. Read each on its own:{' '}
        {[a, b].map((t, i) => (
          <span key={t.record.language}>
            {i > 0 && ', '}
            <a href={paths.textPart(t.record.language, number)} hrefLang={t.record.language}>
              {label} in {t.record.name}
            </a>
          </span>
        ))}
        .
      </p>
      <SideBySide left={{ text: a, part: left }} right={{ text: b, part: right }} notes={notes} />
      <nav className="prev-next" aria-label="Parts">
        {previous !== undefined && (
          <a rel="prev" href={paths.textPairPart(a.record.language, b.record.language, previous)}>
            ← {provisionLabel(previous)}
          </a>
        )}
        {next !== undefined && (
          <a rel="next" href={paths.textPairPart(a.record.language, b.record.language, next)}>
            {provisionLabel(next)} →
          </a>
        )}
      </nav>
      <TextPairPicker
        texts={withText}
        parts={allPartNumbers(withText)}
        defaults={{ a: a.record.language, b: b.record.language, part: number }}
      />
      <ReferenceList notes={notes} />
      <CiteThisPage facts={facts} jsonLd={webPageLd(facts)} />
    </article>
  );
}
