/**
 * Citation notes for one page. Sources are numbered by first use; citing a source again
 * reuses its number and adds the pinpoint to that note, so the reference list has one
 * entry per source with every place the page relies on it.
 */
import type { Citation, Source } from './content/schemas';
import { formatDate } from './dates';
import { outlineMdx, type PropValue } from './mdx/outline';
import { proseComponentProps } from './mdxComponents';
import { sourceAnchor } from './routes';

export interface Note {
  number: number;
  sourceId: string;
  /** The source record, looked up once when the page numbers its notes. */
  source: Source;
  /** Distinct pinpoints cited on the page, in order of first use. */
  pins: string[];
}

/**
 * Where a page draws its hover cards: `inline`, inside every note mark (works without
 * JavaScript, CSS only); `shared`, each source's card once per page, shown by the cite-cards
 * island, for pages with hundreds of marks (the comparison matrix), where the copies in every
 * mark were most of the HTML. Without JavaScript a mark then just links to its note.
 */
export type CardMode = 'inline' | 'shared';

export interface Notes {
  list: Note[];
  cards: CardMode;
  /** The record of a source the page cites; throws if the page did not register it. */
  sourceOf(sourceId: string): Source;
  /** The note for a source; throws if the page did not register it (a bug in the page). */
  numberOf(sourceId: string): number;
  /**
   * The id for a citation mark: the first mark of each note gets `cite-N`, which the
   * reference list links back to; later marks get none (ids must be unique).
   */
  claimBacklinkId(sourceId: string): string | undefined;
}

/**
 * Numbers a page's citations. `resolve` finds each source's record (the site passes
 * `getSource`), so that what draws the notes is given the records instead of looking them up.
 */
export function numberCitations(
  citations: readonly Citation[],
  resolve: (sourceId: string) => Source,
  { cards = 'inline' }: { cards?: CardMode } = {},
): Notes {
  const bySource = new Map<string, Note>();
  for (const { source, pin } of citations) {
    let note = bySource.get(source);
    if (!note) {
      note = { number: bySource.size + 1, sourceId: source, source: resolve(source), pins: [] };
      bySource.set(source, note);
    }
    if (pin && !note.pins.includes(pin)) note.pins.push(pin);
  }
  const claimed = new Set<string>();
  const noteOf = (sourceId: string) => {
    const note = bySource.get(sourceId);
    if (!note) throw new Error(`Citation of "${sourceId}" was not registered for this page`);
    return note;
  };
  const numberOf = (sourceId: string) => noteOf(sourceId).number;
  return {
    list: [...bySource.values()],
    cards,
    sourceOf: (sourceId) => noteOf(sourceId).source,
    numberOf,
    claimBacklinkId(sourceId) {
      const number = numberOf(sourceId);
      if (claimed.has(sourceId)) return undefined;
      claimed.add(sourceId);
      return backlinkAnchor(number);
    },
  };
}

/**
 * Citations in an MDX body, in reading order (read from its parsed tree, lib/mdx/outline.ts):
 * `<Cite source pin/>` and `<Quote source pin>`, plus whatever any other component brings
 * (a `<Stat id/>` figure or a data table cites its rows' sources), looked up with
 * `componentCitations` from the component's props.
 */
export function citationsInMdx(
  raw: string,
  componentCitations: (name: string, props: Readonly<Record<string, PropValue>>) => readonly Citation[] = () => [],
): Citation[] {
  return outlineMdx(raw).components.flatMap(({ name, props }): Citation[] => {
    if (name === 'Cite' || name === 'Quote') {
      const { source, pin } = proseComponentProps[name].parse(props);
      return [{ source, ...(pin ? { pin } : {}) }];
    }
    return [...componentCitations(name, props)];
  });
}

export const noteAnchor = (n: number) => `note-${n}`;
export const backlinkAnchor = (n: number) => `cite-${n}`;

/** A Wayback Machine URL for the copy nearest the access date, unless an archive URL is recorded. */
export function archiveUrl(source: Pick<Source, 'url' | 'archivedUrl' | 'accessed'>): string {
  return source.archivedUrl ?? `https://web.archive.org/web/${source.accessed.replaceAll('-', '')}000000/${source.url}`;
}

/**
 * The parts of a reference to a source, decided once: the publisher is named only when it is
 * not also the author; dates are written out ("n.d." for an undated page). The plain-text
 * reference below and the one component that draws a reference (components/citations/
 * SourceReference.tsx) both read these, so they cannot drift apart.
 */
export interface ReferenceParts {
  author: string;
  title: string;
  publisher?: string;
  date: string;
  url: string;
  archive: string;
  accessed: string;
}

export function referenceParts(
  source: Source,
  dateText: (iso: string | null | undefined) => string = formatDate,
): ReferenceParts {
  const publisher = source.publisher && source.publisher !== source.author ? source.publisher : undefined;
  return {
    author: source.author,
    title: source.title,
    ...(publisher ? { publisher } : {}),
    date: dateText(source.date),
    url: source.url,
    archive: archiveUrl(source),
    accessed: dateText(source.accessed),
  };
}

/** Plain-text reference, as copied by a reader: Author, "Title" (Publisher, date). URL (accessed date). */
export function formatReference(source: Source): string {
  const r = referenceParts(source);
  return `${r.author}, "${r.title}" (${r.publisher ? `${r.publisher}, ` : ''}${r.date}). ${r.url} (accessed ${r.accessed}).`;
}

export { sourceAnchor };
