import { CiteMarks } from '@/components/citations/CiteMark';
import type { Notes } from '@/lib/citations';
import type { Provision } from '@/lib/content/schemas';
import { paragraphAnchor } from '@/lib/routes';
import { SITE_URL } from '@/lib/site';

/**
 * The exact text of an article, one block per numbered paragraph. Each paragraph has a
 * stable anchor (`#para-1`) and a discreet link mark to itself that, with JavaScript, also
 * copies the paragraph's citation and address in the same click.
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
  const cites = provision.cite;
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
          const name = `${label}${number ? `, paragraph ${number}` : `, recital ${paragraph.id.slice(1)}`}`;
          return (
            <div key={paragraph.id} id={anchor} className="paragraph">
              <span className="paragraph-number">{number && provision.paragraphs.length > 1 ? `${number}.` : ''}</span>
              <p>
                {paragraph.text}&nbsp;
                {/* A quiet mark after the text: shown on hover and focus, always in the tab order.
                    Without JavaScript it is the paragraph's link; with it, one click also copies
                    the citation and address (public/islands/copy-buttons.js). */}
                <a
                  className="paragraph-link"
                  href={`#${anchor}`}
                  aria-label={`Link to ${name}`}
                  data-copy={`${treaty}, ${label}${number && provision.paragraphs.length > 1 ? `(${number})` : ''}: ${SITE_URL}${path}#${anchor}`}
                  data-copy-label={`link to ${name}`}
                >
                  #
                </a>
              </p>
            </div>
          );
        })}
      </blockquote>
    </figure>
  );
}
