import { CiteMarks } from '@/components/citations/CiteMark';
import type { Notes } from '@/lib/citations';
import type { Correction } from '@/lib/content/schemas';
import { formatDate } from '@/lib/dates';

const KIND_LABELS: Record<Correction['kind'], string> = {
  date: 'Date',
  figure: 'Figure',
  status: 'Legal status',
  quotation: 'Quotation',
  attribution: 'Attribution',
  denominator: 'What a share is a share of',
  wording: 'Wording',
  source: 'Source',
};

/** Every correction made to the site, newest first, each with what it said before and after. */
export function CorrectionsList({ corrections, notes }: { corrections: readonly Correction[]; notes: Notes }) {
  return (
    <section aria-labelledby="corrections">
      <h2 id="corrections">Corrections</h2>
      {corrections.length === 0 ? (
        <p>No corrections have been recorded yet.</p>
      ) : (
        <>
          <p>
            Errors found when pages were checked again against their sources, and how they were corrected, newest first
            ({corrections.length} in all).
          </p>
          {/* Not indexed for search: each entry quotes what a page used to say wrongly ("Before"),
              and search should not offer a superseded claim as an excerpt. */}
          <ol className="corrections-list" data-pagefind-ignore="all">
            {corrections.map((c, i) => (
              <li key={`${c.date}-${c.page}-${i}`}>
                <p>
                  <time dateTime={c.date}>{formatDate(c.date)}</time>, <a href={c.page}>{c.page}</a> (
                  {KIND_LABELS[c.kind].toLowerCase()})<CiteMarks notes={notes} cites={c.cite} />
                </p>
                <p>
                  <span className="muted">Before:</span> {c.before}
                </p>
                <p>
                  <span className="muted">Now:</span> {c.after}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
