import type { Citation } from '@/lib/content/schemas';
import { noteAnchor, type Notes } from '@/lib/citations';

/** A numbered note mark, linked to its entry in the page's reference list. */
export function CiteMark({ notes, cite }: { notes: Notes; cite: Citation }) {
  const number = notes.numberOf(cite.source);
  const label = `Source ${number}${cite.pin ? `, ${cite.pin}` : ''}`;
  return (
    <sup className="cite">
      <a href={`#${noteAnchor(number)}`} id={notes.claimBacklinkId(cite.source)} aria-label={label} title={label}>
        [{number}]
      </a>
    </sup>
  );
}

/** Several citations for one statement, as consecutive marks. */
export function CiteMarks({ notes, cites }: { notes: Notes; cites: readonly Citation[] }) {
  return (
    <>
      {cites.map((cite, i) => (
        <CiteMark key={`${cite.source}-${i}`} notes={notes} cite={cite} />
      ))}
    </>
  );
}
