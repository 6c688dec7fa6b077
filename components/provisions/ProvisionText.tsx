import { CiteMarks } from '@/components/citations/CiteMark';
import type { Notes } from '@/lib/citations';
import type { Provision } from '@/lib/content/schemas';
import { CopyButton } from '@/components/compare/CopyCell';
import { paragraphAnchor } from '@/lib/routes';
import { SITE_URL } from '@/lib/site';

/**
 * The exact text of an article, one block per numbered paragraph. Each paragraph has a
 * stable anchor (`#para-1`), a visible link to itself, and (with JavaScript) a button that
 * copies the paragraph's citation and address.
 */
export function ProvisionText({
  provision,
  notes,
  label,
  path,
  treaty,
}: {
  provision: Provision;
  notes: Notes;
  label: string;
  path: string;
  treaty: string;
}) {
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
              <a
                className="paragraph-link"
                href={`#${anchor}`}
                aria-label={`Link to ${label}${number ? `, paragraph ${number}` : `, recital ${paragraph.id.slice(1)}`}`}
              >
                {number && provision.paragraphs.length > 1 ? `${number}.` : '¶'}
              </a>
              <p>{paragraph.text}</p>
              <CopyButton
                text={`${treaty}, ${label}${number && provision.paragraphs.length > 1 ? `(${number})` : ''}: ${SITE_URL}${path}#${anchor}`}
                label={`link to ${label}${number ? `, paragraph ${number}` : ''}`}
              >
                Copy link
              </CopyButton>
            </div>
          );
        })}
      </blockquote>
    </figure>
  );
}
