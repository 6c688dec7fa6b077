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

/**
 * Several citations for one statement, as consecutive marks: one mark per source, its
 * pinpoints joined (two pins into the same treaty read "[1]", not "[1][1]").
 */
export function CiteMarks({ notes, cites }: { notes: Notes; cites: readonly Citation[] }) {
  const merged: Citation[] = [];
  for (const cite of cites) {
    const same = merged.find((m) => m.source === cite.source);
    if (!same) merged.push({ ...cite });
    else if (cite.pin && !same.pin?.split('; ').includes(cite.pin))
      same.pin = same.pin ? `${same.pin}; ${cite.pin}` : cite.pin;
  }
  return (
    <>
      {merged.map((cite) => (
        <CiteMark key={cite.source} notes={notes} cite={cite} />
      ))}
    </>
  );
}
