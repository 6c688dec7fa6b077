/**
 * The bibliography's pages. /sources/ is the index: one short line per source (its anchor,
 * `#source-<id>`, keeps every old link working). Each source's full entry is on the page for
 * its type, `/sources/<type>/`; a type with too many sources for one light page is split by
 * year of publication, `/sources/<type>/<year>/` (or `/undated/`). The split depends only on
 * the source itself, so adding sources never moves an entry to another address.
 */
import type { Source, SourceType } from './content/schemas';
import { sourceTypes } from './content/schemas';
import { paths, sourcePart, SOURCE_TYPES_BY_YEAR, UNDATED_PART } from './routes';

export function sourceTypeHeading(type: SourceType): string {
  switch (type) {
    case 'treaty':
      return 'Treaty texts and depositary records';
    case 'government':
      return 'Governments';
    case 'intergovernmental':
      return 'United Nations and other intergovernmental bodies';
    case 'ngo':
      return 'Non-governmental organisations and humanitarian bodies';
    case 'news':
      return 'News reports';
    case 'academic':
      return 'Academic work';
    default: {
      const unreachable: never = type;
      throw new Error(`Unknown source type ${String(unreachable)}`);
    }
  }
}

/** "1999", or "Undated" for the sources without a publication date. */
export const partLabel = (part: string) => (part === UNDATED_PART ? 'Undated' : part);
/** "published in 1999", or "without a publication date". */
export const partPhrase = (part: string) =>
  part === UNDATED_PART ? 'without a publication date' : `published in ${part}`;

export interface BibliographyPart {
  part: string;
  path: string;
  sources: Source[];
}

export interface BibliographyType {
  type: SourceType;
  heading: string;
  path: string;
  sources: Source[];
  /** Year pages, oldest first and the undated last; empty for a type shown whole on its page. */
  parts: BibliographyPart[];
}

/** The types that have sources, in the schema's order, each with its sources in the given order. */
export function bibliography(sources: readonly Source[]): BibliographyType[] {
  return sourceTypes.flatMap((type) => {
    const ofType = sources.filter((s) => s.type === type);
    if (ofType.length === 0) return [];
    const parts = SOURCE_TYPES_BY_YEAR.has(type)
      ? [...new Set(ofType.map(sourcePart))]
          // Digits sort before letters: the years in order, then the undated.
          .sort()
          .map((part) => ({
            part,
            path: paths.sourcesOfTypePart(type, part),
            sources: ofType.filter((s) => sourcePart(s) === part),
          }))
      : [];
    return [{ type, heading: sourceTypeHeading(type), path: paths.sourcesOfType(type), sources: ofType, parts }];
  });
}
