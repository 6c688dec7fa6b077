import type { Citation } from '@/lib/content/schemas';
import { noteAnchor, type Notes } from '@/lib/citations';
import { getSource } from '@/lib/content';
import { formatDate } from '@/lib/dates';
import { noteRuns, runText, type NoteRun } from '@/lib/noteRuns';

/** One source as the hover card shows it: author, title, date and what it is cited for here. */
function SourceLine({ cite, number }: { cite: Citation; number: number }) {
  const source = getSource(cite.source);
  return (
    <span className="cite-card-item">
      <span className="cite-card-number">{number}.</span> {source.author}, <cite>{source.title}</cite>
      {source.date ? `, ${formatDate(source.date)}` : ''}
      {cite.pin ? ` (${cite.pin})` : ''}.
    </span>
  );
}

/**
 * One link for a run of notes: it jumps to the run's first note (the list is numbered, so the
 * rest follow it) and, on hover or focus, shows the references in a card next to the mark
 * without leaving the page (CSS only). Notes after the first in a range keep their
 * backlink target as an empty anchor, so "back to the citation" works for each of them.
 */
function RunLink({ run, notes, cites }: { run: NoteRun; notes: Notes; cites: readonly Citation[] }) {
  const inRun = cites.filter((c) => {
    const n = notes.numberOf(c.source);
    return n >= run.first && n <= run.last;
  });
  const first = inRun[0]!;
  const pins = run.first === run.last && first.pin ? `, ${first.pin}` : '';
  const label = run.first === run.last ? `Source ${run.first}${pins}` : `Sources ${run.first} to ${run.last}`;
  const ids = inRun.map((c) => ({ cite: c, id: notes.claimBacklinkId(c.source) }));
  return (
    <span className="cite-run">
      {ids
        .filter(({ cite }) => notes.numberOf(cite.source) !== run.first)
        .map(({ cite, id }) => id && <span key={cite.source} id={id} className="cite-target" />)}
      <a
        href={`#${noteAnchor(run.first)}`}
        id={ids.find(({ cite }) => notes.numberOf(cite.source) === run.first)?.id}
        aria-label={label}
      >
        {runText(run)}
      </a>
      <span className="cite-card" aria-hidden="true">
        {inRun.map((c) => (
          <SourceLine key={c.source} cite={c} number={notes.numberOf(c.source)} />
        ))}
      </span>
    </span>
  );
}

/**
 * The note marks for one statement: one bracket, consecutive notes collapsed into ranges
 * ("[6, 23–30]"), one mark per source with its pinpoints joined (two pins into the same
 * treaty read "[1]", not "[1][1]").
 */
export function CiteMarks({ notes, cites }: { notes: Notes; cites: readonly Citation[] }) {
  const merged: Citation[] = [];
  for (const cite of cites) {
    const same = merged.find((m) => m.source === cite.source);
    if (!same) merged.push({ ...cite });
    else if (cite.pin && !same.pin?.split('; ').includes(cite.pin))
      same.pin = same.pin ? `${same.pin}; ${cite.pin}` : cite.pin;
  }
  if (merged.length === 0) return null;
  const runs = noteRuns(merged.map((c) => notes.numberOf(c.source)));
  return (
    <sup className="cite">
      [
      {runs.map((run, i) => (
        <span key={run.first}>
          {i > 0 && ', '}
          <RunLink run={run} notes={notes} cites={merged} />
        </span>
      ))}
      ]
    </sup>
  );
}

/** A single numbered note mark, linked to its entry in the page's reference list. */
export function CiteMark({ notes, cite }: { notes: Notes; cite: Citation }) {
  return <CiteMarks notes={notes} cites={[cite]} />;
}
