import { CiteMarks } from '@/components/citations/CiteMark';
import type { Notes } from '@/lib/citations';
import { getSource } from '@/lib/content';
import { provisionLabel } from '@/lib/provisionSlugs';
import { paragraphAnchor } from '@/lib/routes';
import { SITE_URL } from '@/lib/site';
import type { LanguageText, TextPartView } from '@/lib/texts';

/** "paragraph 2", "recital 3": how a paragraph is named in English around a text in any language. */
export function paragraphName(id: string) {
  if (id === 'p0') return 'opening words';
  return id.startsWith('p') ? `recital ${id.slice(1)}` : `paragraph ${id}`;
}

/** The number shown in the margin: only for numbered paragraphs of an article with more than one. */
export const marginNumber = (part: TextPartView, id: string) =>
  !id.startsWith('p') && part.paragraphs.length > 1 ? `${id}.` : '';

/**
 * One part of the treaty in one authentic language, quoted exactly: its heading and paragraphs
 * as the official copy prints them, marked with the text's language and direction, each
 * paragraph anchored with the same id as the English (`#para-1`).
 */
export function AuthenticText({
  text,
  part,
  notes,
  path,
}: {
  text: LanguageText;
  part: TextPartView;
  notes: Notes;
  path: string;
}) {
  const { record } = text;
  const label = provisionLabel(part.number);
  const followed = record.followed ? getSource(record.followed) : undefined;
  return (
    <figure className="provision-text authentic-text">
      <figcaption>
        Official {record.name} text of {label}, quoted exactly from the copy we follow
        <CiteMarks notes={notes} cites={part.sources.map((source) => ({ source }))} />
      </figcaption>
      <blockquote lang={record.language} dir={record.dir} cite={followed?.url}>
        <p className="text-title">{part.title}</p>
        {part.paragraphs.map((paragraph) => {
          const anchor = paragraphAnchor(paragraph.id);
          const name = `${label}, ${paragraphName(paragraph.id)} (${record.name})`;
          return (
            <div key={paragraph.id} id={anchor} className="paragraph">
              <span className="paragraph-number">{marginNumber(part, paragraph.id)}</span>
              <p>
                {paragraph.text}&nbsp;
                <a
                  className="paragraph-link"
                  lang="en"
                  dir="ltr"
                  href={`#${anchor}`}
                  aria-label={`Link to ${name}`}
                  data-copy={`Ottawa Treaty, ${label}, ${paragraphName(paragraph.id)}, ${record.name} text: ${SITE_URL}${path}#${anchor}`}
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
