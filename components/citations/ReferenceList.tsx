import { archiveUrl, backlinkAnchor, noteAnchor, type Notes } from '@/lib/citations';
import { getSource } from '@/lib/content';
import { localeTools, type Locale } from '@/lib/i18n';
import { REFERENCES_ID, paths, sourceAnchor } from '@/lib/routes';

/** The page's numbered sources: one entry per source, with what the page cites it for. */
export function ReferenceList({ notes, locale = 'en' }: { notes: Notes; locale?: Locale }) {
  if (notes.list.length === 0) return null;
  const { m: messages, date: formatDate } = localeTools(locale);
  const m = messages.references;
  return (
    <section className="references" id={REFERENCES_ID} aria-labelledby="references-heading" data-pagefind-ignore="all">
      <h2 id="references-heading">{m.heading}</h2>
      <ol>
        {notes.list.map((note) => {
          const source = getSource(note.sourceId);
          return (
            <li key={note.number} id={noteAnchor(note.number)} value={note.number}>
              <a className="backlink" href={`#${backlinkAnchor(note.number)}`} aria-label={m.backlink(note.number)}>
                ↑
              </a>{' '}
              {source.author}, <cite>{source.title}</cite>
              {source.publisher && source.publisher !== source.author ? `, ${source.publisher}` : ''},{' '}
              {formatDate(source.date)}.{' '}
              <a href={source.url} rel="external">
                {m.source}
              </a>{' '}
              · <a href={archiveUrl(source)}>{m.archived}</a> ·{' '}
              <a href={`${paths.sources}#${sourceAnchor(source.id)}`} hrefLang={locale === 'en' ? undefined : 'en'}>
                {m.record}
              </a>
              {note.pins.length > 0 && <span className="pins">{` ${m.citedFor(note.pins.join('; '))}`}</span>}
              <span className="accessed">{` ${m.accessed(formatDate(source.accessed))}`}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
