import type { Citation, Source } from '@/lib/content/schemas';
import { noteAnchor, type Notes } from '@/lib/citations';
import { SourceReference } from './SourceReference';
import { messages, type Locale } from '@/lib/i18n';
import { noteRuns, runText, type NoteRun } from '@/lib/noteRuns';

/** One source as the hover card shows it: author, title, date and what it is cited for here. */
function SourceLine({
  cite,
  number,
  source,
  locale,
}: {
  cite: Citation;
  number: number;
  source: Source;
  locale: Locale;
}) {
  return (
    <span className="cite-card-item">
      <span className="cite-card-number">{number}.</span> <SourceReference source={source} brief locale={locale} />
      {cite.pin ? ` (${cite.pin})` : ''}.
    </span>
  );
}

/**
 * One link for a run of notes (or, past three, for all of a statement's notes): it jumps to
 * the first note (the list is numbered, so the rest follow) and, on hover or focus, shows the
 * references in a card next to the mark without leaving the page (CSS only). Every note keeps
 * its backlink target (an empty anchor), so "back to the citation" works for each of them.
 */
function RunLink({
  runs,
  notes,
  cites,
  locale,
}: {
  runs: readonly NoteRun[];
  notes: Notes;
  cites: readonly Citation[];
  locale: Locale;
}) {
  const sharedCards = notes.cards === 'shared';
  const m = messages(locale).references;
  const inRuns = cites
    .filter((c) => runs.some((run) => notes.numberOf(c.source) >= run.first && notes.numberOf(c.source) <= run.last))
    .sort((a, b) => notes.numberOf(a.source) - notes.numberOf(b.source));
  const first = inRuns[0]!;
  const single = inRuns.length === 1;
  const label = single
    ? `${m.mark(notes.numberOf(first.source))}${first.pin ? `, ${first.pin}` : ''}`
    : // The visible text, whole, in the name (WCAG 2.5.3): "Sources 23–30", read as "23 to 30".
      m.marks(runs.map(runText).join(', '));
  const ids = inRuns.map((c) => ({ cite: c, id: notes.claimBacklinkId(c.source) }));
  return (
    <span className="cite-run">
      {ids.slice(1).map(({ cite, id }) => id && <span key={cite.source} id={id} className="cite-target" />)}
      <a
        href={`#${noteAnchor(notes.numberOf(first.source))}`}
        id={ids[0]!.id}
        aria-label={label}
        data-card={sharedCards ? cardData(inRuns, notes) : undefined}
      >
        {runs.map(runText).join(', ')}
      </a>
      {!sharedCards && (
        <span className="cite-card" aria-hidden="true">
          {inRuns.map((c) => (
            <SourceLine
              key={c.source}
              cite={c}
              number={notes.numberOf(c.source)}
              source={notes.sourceOf(c.source)}
              locale={locale}
            />
          ))}
        </span>
      )}
    </span>
  );
}

/** What a shared card shows for one mark: `3=Art. 1|7`, each note's number and its pinpoint here (see public/islands/cite-cards.js). */
function cardData(cites: readonly Citation[], notes: Notes): string {
  return cites.map((c) => `${notes.numberOf(c.source)}${c.pin ? `=${c.pin}` : ''}`).join('|');
}

/**
 * The hover cards' references, once per page, for notes numbered with `cards: 'shared'` (the
 * reference list renders it): the marks carry only `data-card`, and the cite-cards island builds
 * a mark's card from these on hover or focus. Inert until then (a template is neither styled nor
 * laid out); without JavaScript the mark still links to its note in the reference list.
 */
export function CiteCardTemplates({ notes, locale = 'en' }: { notes: Notes; locale?: Locale }) {
  return (
    <template data-cite-cards="" data-pagefind-ignore="all">
      {notes.list.map((note) => (
        <span key={note.number} className="cite-card-item" data-note={note.number}>
          <span className="cite-card-number">{note.number}.</span>{' '}
          <SourceReference source={note.source} brief locale={locale} />
        </span>
      ))}
    </template>
  );
}

/** More separate links than this in one statement read as clutter: they become one link. */
const MAX_LINKS = 3;

/**
 * The note marks for one statement: one bracket, consecutive notes collapsed into ranges
 * ("[6, 23–30]"), at most three links, one mark per source with its pinpoints joined (two pins into the same
 * treaty read "[1]", not "[1][1]").
 */
export function CiteMarks({
  notes,
  cites,
  locale = 'en',
}: {
  notes: Notes;
  cites: readonly Citation[];
  locale?: Locale;
}) {
  const merged: Citation[] = [];
  for (const cite of cites) {
    const same = merged.find((m) => m.source === cite.source);
    if (!same) merged.push({ ...cite });
    else if (cite.pin && !same.pin?.split('; ').includes(cite.pin))
      same.pin = same.pin ? `${same.pin}; ${cite.pin}` : cite.pin;
  }
  if (merged.length === 0) return null;
  const runs = noteRuns(merged.map((c) => notes.numberOf(c.source)));
  const groups = runs.length > MAX_LINKS ? [runs] : runs.map((run) => [run]);
  return (
    // The hover card repeats each source's title: left out of the search index (issue 13), where
    // it would make every page citing a news report on Finland match "Finland".
    <sup className="cite" data-pagefind-ignore="all">
      [
      {groups.map((group, i) => (
        <span key={group[0]!.first}>
          {i > 0 && ', '}
          <RunLink runs={group} notes={notes} cites={merged} locale={locale} />
        </span>
      ))}
      ]
    </sup>
  );
}

/** A single numbered note mark, linked to its entry in the page's reference list. */
export function CiteMark({ notes, cite, locale = 'en' }: { notes: Notes; cite: Citation; locale?: Locale }) {
  return <CiteMarks notes={notes} cites={[cite]} locale={locale} />;
}
