import { CitationFormatList } from '@/components/citations/CiteThisPage';
import { citationFormats } from '@/lib/citation/pageCitation';
import type { Provision } from '@/lib/content/schemas';
import { paragraphPin } from '@/lib/pageFacts';
import { paragraphAnchor } from '@/lib/routes';

/**
 * A pinpoint citation ("Art. 5(1)") for each paragraph of an article, in every format, kept in
 * one disclosure per paragraph so the page stays light: the text is in the HTML (readable and
 * copyable without JavaScript) but folded until asked for.
 */
export function ParagraphCitations({
  provision,
  treaty,
  path,
  reviewed,
}: {
  provision: Provision;
  treaty: string;
  path: string;
  reviewed: string;
}) {
  return (
    <section className="paragraph-citations" aria-labelledby="cite-paragraph-heading" data-pagefind-ignore="all">
      <h2 id="cite-paragraph-heading">Cite a paragraph</h2>
      {provision.paragraphs.map((paragraph) => {
        const pin = paragraphPin(provision, paragraph.id);
        const formats = citationFormats({
          title: `${treaty}, ${pin}`,
          path: `${path}#${paragraphAnchor(paragraph.id)}`,
          reviewed,
        });
        return (
          <details key={paragraph.id} id={`cite-${paragraphAnchor(paragraph.id)}`}>
            <summary>{pin}</summary>
            <CitationFormatList formats={formats} what={pin} />
          </details>
        );
      })}
    </section>
  );
}
