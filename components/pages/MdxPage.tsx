import { ReferenceList } from '@/components/citations/ReferenceList';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { MdxContent } from '@/components/mdx/MdxContent';
import { AsOf } from '@/components/facts/AsOf';
import type { MdxDocument } from '@/lib/content';
import type { ReactNode } from 'react';
import type { CardMode, Notes } from '@/lib/citations';
import type { Citation, Topic } from '@/lib/content/schemas';
import type { PageFacts } from '@/lib/pageMetadata';
import { notesForPage } from '@/lib/pageNotes';
import { contentsOfMdx, MIN_CONTENTS_ENTRIES } from '@/lib/contents';
import { Contents } from '@/components/layout/Contents';
import { messages, type Locale } from '@/lib/i18n';

/** A prose page from content/pages or content/topics: title, body, sources, citation. */
export function MdxPage({
  doc,
  facts,
  wide = false,
  after,
  header,
  locale = 'en',
  termDefinition,
  termHref,
  cards = 'inline',
}: {
  doc: MdxDocument<Pick<Topic, 'title' | 'asOf'>>;
  facts: PageFacts;
  wide?: boolean;
  /** A section drawn after the body (its citations join the page's notes through `afterCites`). */
  after?: { cites: readonly Citation[]; render: (notes: Notes) => ReactNode };
  locale?: Locale;
  /** Glossary definitions in the page's language, for the terms' hover titles. */
  termDefinition?: (id: string) => string;
  termHref?: (id: string) => string;
  /** Drawn under the title (the language switcher). */
  header?: ReactNode;
  /** Where the hover cards are drawn (lib/citations CardMode): `shared` for pages with hundreds of marks. */
  cards?: CardMode;
}) {
  const notes = notesForPage({ body: doc.raw, after: after?.cites ?? [], cards });
  const contents = contentsOfMdx(doc.raw);
  return (
    <article className={wide ? 'wide' : undefined}>
      <h1>{doc.data.title}</h1>
      <p className="muted">
        {messages(locale).factsChecked} <AsOf date={doc.data.asOf} bare locale={locale} />
      </p>
      {header}
      {contents.length >= MIN_CONTENTS_ENTRIES && <Contents entries={contents} locale={locale} />}
      <MdxContent code={doc.code} notes={notes} locale={locale} termDefinition={termDefinition} termHref={termHref} />
      {after?.render(notes)}
      <ReferenceList notes={notes} locale={locale} />
      <CiteThisPage facts={facts} locale={locale} />
    </article>
  );
}
