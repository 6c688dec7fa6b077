import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { ReferenceList } from '@/components/citations/ReferenceList';
import { CopyButtons } from '@/components/interactive/CopyButtons';
import { AuthenticText } from '@/components/texts/AuthenticText';
import { OtherLanguages } from '@/components/texts/OtherLanguages';
import { TextDifferences, differenceCitations } from '@/components/texts/TextDifferences';
import { PLACEHOLDER_METADATA, TextRedirect, orPlaceholder } from '@/components/texts/TextRedirect';
import { authenticTexts, getSource } from '@/lib/content';
import { webPageLd } from '@/lib/jsonLd';
import { pageMetadata } from '@/lib/pageMetadata';
import { notesForPage } from '@/lib/pageNotes';
import { provisionLabel, provisionNumberFromSlug, provisionSlug } from '@/lib/provisionSlugs';
import { OTTAWA_ID, paths } from '@/lib/routes';
import { textPartFacts } from '@/lib/textPages';
import { hasText } from '@/lib/texts';

const accessed = (id: string) => getSource(id).accessed;
const languages = authenticTexts.filter((t) => hasText(t) && t.record.language !== 'en');

export const dynamicParams = false;

export function generateStaticParams() {
  return orPlaceholder(
    languages.flatMap((t) => t.parts.map((p) => ({ lang: t.record.language, part: provisionSlug(p.number) }))),
    { lang: 'en', part: 'preamble' },
  );
}

function load({ lang, part }: { lang: string; part: string }) {
  const text = languages.find((t) => t.record.language === lang);
  const number = provisionNumberFromSlug(part);
  const found = text?.parts.find((p) => p.number === number);
  return text && found ? { text, part: found } : undefined;
}

type Params = { params: Promise<{ lang: string; part: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const loaded = load(await params);
  return loaded
    ? pageMetadata(textPartFacts(authenticTexts, loaded.text, loaded.part, accessed))
    : PLACEHOLDER_METADATA;
}

export default async function TextPartPage({ params }: Params) {
  const { lang, part: slug } = await params;
  if (lang === 'en')
    return (
      <TextRedirect title="The English text" target={paths.provision(OTTAWA_ID, provisionNumberFromSlug(slug) ?? 0)} />
    );
  const loaded = load({ lang, part: slug });
  if (!loaded) notFound();
  const { text, part } = loaded;
  const { record } = text;
  const label = provisionLabel(part.number);
  const facts = textPartFacts(authenticTexts, text, part, accessed);
  const notes = notesForPage({ before: [...part.sources.map((source) => ({ source })), ...differenceCitations(part)] });
  const index = text.parts.indexOf(part);
  const previous = text.parts[index - 1];
  const next = text.parts[index + 1];
  return (
    <article>
      <p className="muted">
        <a href={paths.ottawa}>Ottawa Treaty</a> › <a href={paths.texts}>Authentic texts</a> ›{' '}
        <a href={paths.textLanguage(record.language)}>{record.name}</a>
      </p>
      <h1>
        {label}: {record.name} text
      </h1>
      <p>
        The English text, with a plain explanation, is on the page of{' '}
        <a href={paths.provision(OTTAWA_ID, part.number)} hrefLang="en">
          {label}
        </a>
        .
      </p>
      <AuthenticText text={text} part={part} notes={notes} path={facts.path} />
      <TextDifferences text={text} part={part} notes={notes} />
      <OtherLanguages current={record.language} number={part.number} />
      <nav className="prev-next" aria-label={`${record.name} text, parts`}>
        {previous && (
          <a rel="prev" href={paths.textPart(record.language, previous.number)}>
            ← {provisionLabel(previous.number)}
          </a>
        )}
        {next && (
          <a rel="next" href={paths.textPart(record.language, next.number)}>
            {provisionLabel(next.number)} →
          </a>
        )}
      </nav>
      <CopyButtons />
      <ReferenceList notes={notes} />
      <CiteThisPage facts={facts} jsonLd={webPageLd(facts)} />
    </article>
  );
}
