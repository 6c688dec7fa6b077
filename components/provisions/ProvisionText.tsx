import { CiteMarks } from '@/components/citations/CiteMark';
import type { Notes } from '@/lib/citations';
import type { Provision } from '@/lib/content/schemas';
import { paragraphAnchor } from '@/lib/routes';

/**
 * The exact text of an article, one block per numbered paragraph. Each paragraph has a
 * stable anchor (`#para-1`) and a visible link to itself that readers can copy.
 */
export function ProvisionText({ provision, notes, label }: { provision: Provision; notes: Notes; label: string }) {
  const cites = provision.sources.map((source) => ({ source }));
  return (
    <figure className="provision-text">
      <figcaption>
        Official English text of {label}
        <CiteMarks notes={notes} cites={cites} />
      </figcaption>
      <blockquote>
        {provision.paragraphs.map((paragraph) => {
          const anchor = paragraphAnchor(paragraph.id);
          const number = paragraph.id.startsWith('p') ? null : paragraph.id;
          return (
            <div key={paragraph.id} id={anchor} className="paragraph">
              <a className="paragraph-link" href={`#${anchor}`} aria-label={`Link to ${label}${number ? `, paragraph ${number}` : `, recital ${paragraph.id.slice(1)}`}`}>
                {number && provision.paragraphs.length > 1 ? `${number}.` : '¶'}
              </a>
              <p>{paragraph.text}</p>
            </div>
          );
        })}
      </blockquote>
    </figure>
  );
}
