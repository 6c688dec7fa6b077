import { ReferenceList } from '@/components/citations/ReferenceList';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { MdxContent } from '@/components/mdx/MdxContent';
import { AsOf } from '@/components/facts/AsOf';
import type { MdxDocument } from '@/lib/content';
import type { Topic } from '@/lib/content/schemas';
import { notesForPage } from '@/lib/pageNotes';
import { contentsOfMdx, MIN_CONTENTS_ENTRIES } from '@/lib/contents';
import { Contents } from '@/components/layout/Contents';

/** A prose page from content/pages or content/topics: title, body, sources, citation. */
export function MdxPage({ doc, path, wide = false }: { doc: MdxDocument<Topic>; path: string; wide?: boolean }) {
  const notes = notesForPage({ body: doc.raw });
  const contents = contentsOfMdx(doc.raw);
  return (
    <article className={wide ? 'wide' : undefined}>
      <h1>{doc.data.title}</h1>
      <p className="muted">
        Facts checked <AsOf date={doc.data.asOf} bare />
      </p>
      {contents.length >= MIN_CONTENTS_ENTRIES && <Contents entries={contents} />}
      <MdxContent code={doc.code} notes={notes} />
      <ReferenceList notes={notes} />
      <CiteThisPage title={doc.data.title} path={path} asOf={doc.data.asOf} />
    </article>
  );
}
