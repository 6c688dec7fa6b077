import { backlinkAnchor, noteAnchor, type Notes } from '@/lib/citations';
import { REFERENCES_ID } from '@/lib/routes';
import { SourceReference } from './SourceReference';

/** The page's numbered sources: one entry per source, with what the page cites it for. */
export function ReferenceList({ notes }: { notes: Notes }) {
  if (notes.list.length === 0) return null;
  return (
    <section className="references" id={REFERENCES_ID} aria-labelledby="references-heading" data-pagefind-ignore="all">
      <h2 id="references-heading">Sources</h2>
      <ol>
        {notes.list.map((note) => {
          const source = note.source;
          return (
            <li key={note.number} id={noteAnchor(note.number)} value={note.number}>
              <a
                className="backlink"
                href={`#${backlinkAnchor(note.number)}`}
                aria-label={`Back to the first citation of source ${note.number}`}
              >
                ↑
              </a>{' '}
              <SourceReference source={source} record>
                {note.pins.length > 0 && <span className="pins"> Cited for: {note.pins.join('; ')}.</span>}
              </SourceReference>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
