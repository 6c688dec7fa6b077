import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CiteMarks } from '@/components/citations/CiteMark';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { ReferenceList } from '@/components/citations/ReferenceList';
import { PLACEHOLDER_METADATA, TextRedirect, orPlaceholder } from '@/components/texts/TextRedirect';
import { authenticTexts, getSource } from '@/lib/content';
import { webPageLd } from '@/lib/jsonLd';
import { pageMetadata } from '@/lib/pageMetadata';
import { notesForPage } from '@/lib/pageNotes';
import { provisionLabel } from '@/lib/provisionSlugs';
import { paths } from '@/lib/routes';
import { textLanguageFacts } from '@/lib/textPages';
import { hasText, statusLabel, textPairs } from '@/lib/texts';

const accessed = (id: string) => getSource(id).accessed;
/** English is read on the treaty's own pages; the other languages with text have contents here. */
const languages = authenticTexts.filter((t) => hasText(t) && t.record.language !== 'en');

export const dynamicParams = false;

export function generateStaticParams() {
  return orPlaceholder(
    languages.map((t) => ({ lang: t.record.language })),
    { lang: 'en' },
  );
}

const load = (lang: string) => languages.find((t) => t.record.language === lang);

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const text = load((await params).lang);
  return text ? pageMetadata(textLanguageFacts(authenticTexts, text, accessed)) : PLACEHOLDER_METADATA;
}

export default async function TextLanguagePage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = (await params).lang;
  if (lang === 'en') return <TextRedirect title="The English text" target={paths.ottawa} />;
  const text = load(lang);
  if (!text) notFound();
  const { record } = text;
  const facts = textLanguageFacts(authenticTexts, text, accessed);
  const notes = notesForPage({ before: record.cite });
  const pairs = textPairs(authenticTexts.filter(hasText)).filter(([a, b]) => a === text || b === text);
  return (
    <article>
      <p className="muted">
        <a href={paths.ottawa}>Ottawa Treaty</a> › <a href={paths.texts}>Authentic texts</a>
      </p>
      <h1>
        The {record.name} text{' '}
        <span lang={record.language} dir={record.dir} className="native-name">
          ({record.nativeName})
        </span>
      </h1>
      <p className="lede">
        <strong>{statusLabel(record.status)}.</strong> {record.note}
        <CiteMarks notes={notes} cites={record.cite} />
      </p>
      <nav className="toc" aria-labelledby="toc-heading">
        <h2 id="toc-heading">Contents</h2>
        <ul lang={record.language} dir={record.dir}>
          {text.parts.map((part) => (
            <li key={part.number}>
              <a href={paths.textPart(record.language, part.number)}>
                <span lang="en" dir="ltr">
                  {provisionLabel(part.number)}
                </span>
                {part.number > 0 && <>: {part.title}</>}
              </a>
            </li>
          ))}
        </ul>
        {record.missing && record.missing.length > 0 && <p>No official copy gave us: {record.missing.join(', ')}.</p>}
      </nav>
      <h2 id="side-by-side">Side by side</h2>
      <ul className="inline-list">
        {pairs.map(([a, b]) => {
          const other = a === text ? b : a;
          return (
            <li key={other.record.language}>
              <a href={paths.textPair(a.record.language, b.record.language)}>
                {record.name} and {other.record.name}
              </a>
            </li>
          );
        })}
      </ul>
      <ReferenceList notes={notes} />
      <CiteThisPage facts={facts} jsonLd={webPageLd(facts)} />
    </article>
  );
}
