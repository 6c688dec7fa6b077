import { CiteMarks } from '@/components/citations/CiteMark';
import type { Notes } from '@/lib/citations';
import { getSource } from '@/lib/content';
import { paragraphAnchor } from '@/lib/routes';
import { alignParagraphs, type LanguageText, type TextPartView } from '@/lib/texts';
import { paragraphName } from './AuthenticText';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

interface Side {
  text: LanguageText;
  part: TextPartView;
}

/** One language's paragraph in a row: its language named (read aloud and shown on phones), then the quotation. */
function Cell({ side, body }: { side: Side; body: string | undefined }) {
  const { record } = side.text;
  const followed = record.followed ? getSource(record.followed) : undefined;
  return (
    <div className="parallel-cell">
      <p className="parallel-cell-lang">{record.name}</p>
      {body === undefined ? (
        <p className="muted">This text has no such paragraph.</p>
      ) : (
        <blockquote lang={record.language} dir={record.dir} cite={followed?.url}>
          <p>{body}</p>
        </blockquote>
      )}
    </div>
  );
}

/**
 * Two authentic texts of one part, paragraph against paragraph: two columns on a wide screen,
 * and on a phone each paragraph in one language followed by the same paragraph in the other.
 * Each row is anchored with the paragraph's id (`#para-1`), as on the single-language pages.
 */
export function SideBySide({ left, right, notes }: { left: Side; right: Side; notes: Notes }) {
  const rows = alignParagraphs(left.part, right.part);
  return (
    <div className="parallel">
      <div className="parallel-row parallel-heads">
        {[left, right].map((side) => (
          <div key={side.text.record.language} className="parallel-cell">
            <p className="parallel-head">
              {side.text.record.name} text
              <CiteMarks notes={notes} cites={side.part.sources.map((source) => ({ source }))} />
            </p>
            <blockquote lang={side.text.record.language} dir={side.text.record.dir}>
              <p className="text-title">{side.part.title}</p>
            </blockquote>
          </div>
        ))}
      </div>
      {rows.map((row) => (
        <section key={row.id} id={paragraphAnchor(row.id)} className="parallel-row" aria-label={paragraphName(row.id)}>
          <p className="parallel-number">
            <a href={`#${paragraphAnchor(row.id)}`}>{capitalise(paragraphName(row.id))}</a>
          </p>
          <Cell side={left} body={row.left} />
          <Cell side={right} body={row.right} />
        </section>
      ))}
    </div>
  );
}
