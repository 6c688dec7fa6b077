import { backlinkAnchor, noteAnchor, type Notes } from '@/lib/citations';
import { localeTools, type Locale } from '@/lib/i18n';
import { REFERENCES_ID } from '@/lib/routes';
import { Island } from '@/components/interactive/Island';
import { CiteCardTemplates } from './CiteMark';
import { SourceReference } from './SourceReference';

/**
 * The page's numbered sources: one entry per source, with what the page cites it for. With
 * shared hover cards (`notes.cards`), it also holds the one copy of each card and its island.
 */
export function ReferenceList({ notes, locale = 'en' }: { notes: Notes; locale?: Locale }) {
  if (notes.list.length === 0) return null;
  const m = localeTools(locale).m.references;
  return (
    <section className="references" id={REFERENCES_ID} aria-labelledby="references-heading" data-pagefind-ignore="all">
      <h2 id="references-heading">{m.heading}</h2>
      <ol>
        {notes.list.map((note) => {
          const source = note.source;
          return (
            <li key={note.number} id={noteAnchor(note.number)} value={note.number}>
              <a className="backlink" href={`#${backlinkAnchor(note.number)}`} aria-label={m.backlink(note.number)}>
                ↑
              </a>{' '}
              <SourceReference source={source} record locale={locale}>
                {note.pins.length > 0 && <span className="pins">{` ${m.citedFor(note.pins.join('; '))}`}</span>}
              </SourceReference>
            </li>
          );
        })}
      </ol>
      {notes.cards === 'shared' && (
        <>
          <CiteCardTemplates notes={notes} locale={locale} />
          <Island name="cite-cards" />
        </>
      )}
    </section>
  );
}
