import { CiteMarks } from '@/components/citations/CiteMark';
import { StanceLabel } from '@/components/compare/StanceLabel';
import type { Notes } from '@/lib/citations';
import { positionLabel, type PolicyChange as Change } from '@/lib/compare/matrix';
import type { Citation } from '@/lib/content/schemas';
import { paths } from '@/lib/routes';

export function policyChangeCitations(change: Change | undefined): Citation[] {
  return change
    ? [
        ...change.changed.flatMap((c) => [...c.before.cite, ...c.after.cite]),
        ...change.notRestated.flatMap((c) => c.before.cite),
      ]
    : [];
}

/**
 * What changed from one version of a policy to the next: the points whose stance changed,
 * old and new side by side. Computed from the two instruments' positions, never typed.
 */
export function PolicyChange({
  change,
  notes,
  headingLevel = 3,
}: {
  change: Change;
  notes: Notes;
  headingLevel?: 2 | 3;
}) {
  const H = `h${headingLevel}` as 'h2' | 'h3';
  const { from, to, changed, notRestated } = change;
  return (
    <section className="policy-change" aria-labelledby={`change-${from.id}-${to.id}`} data-pagefind-weight="0.5">
      <H id={`change-${from.id}-${to.id}`}>
        From the <a href={paths.instrument(from.id)}>{from.shortTitle}</a> to the{' '}
        <a href={paths.instrument(to.id)}>{to.shortTitle}</a>
      </H>
      {changed.length === 0 ? (
        <p>No point of comparison changed stance; the differences are in detail only.</p>
      ) : (
        <div
          className="table-scroll"
          role="region"
          aria-label={`What changed from the ${from.shortTitle} to the ${to.shortTitle}`}
          tabIndex={0}
        >
          <table className="data-table change-table">
            <caption>
              {changed.length} point{changed.length === 1 ? '' : 's'} changed stance (
              <a href={paths.comparePair(from.id, to.id)}>full comparison</a>)
            </caption>
            <thead>
              <tr>
                <th scope="col">Point</th>
                <th scope="col">Before: {from.shortTitle}</th>
                <th scope="col">After: {to.shortTitle}</th>
              </tr>
            </thead>
            <tbody>
              {changed.map(({ dimension, before, after }) => (
                <tr key={dimension.id}>
                  <th scope="row">{dimension.label}</th>
                  <td data-label={`Before: ${from.shortTitle}`}>
                    <StanceLabel stance={before.stance} label={positionLabel(dimension, before)} /> {before.summary}
                    <CiteMarks notes={notes} cites={before.cite} />
                  </td>
                  <td data-label={`After: ${to.shortTitle}`}>
                    <StanceLabel stance={after.stance} label={positionLabel(dimension, after)} /> {after.summary}
                    <CiteMarks notes={notes} cites={after.cite} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {notRestated.length > 0 && (
        <p className="muted">
          Not restated by the {to.shortTitle} (it is silent on these; silence alone did not withdraw the earlier rule):{' '}
          {notRestated.map(({ dimension, before }, i) => (
            <span key={dimension.id}>
              {dimension.label} (before: <StanceLabel stance={before.stance} label={positionLabel(dimension, before)} />
              <CiteMarks notes={notes} cites={before.cite} />){i < notRestated.length - 1 ? '; ' : '.'}
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
