import { instrumentPairs } from '@/lib/compare/order';
import type { Instrument } from '@/lib/content/schemas';
import { paths } from '@/lib/routes';

/** Links to the pair page of this instrument with each of the others. */
export function CompareWith({
  instrument,
  instruments,
}: {
  instrument: Instrument;
  instruments: readonly Instrument[];
}) {
  const pairs = instrumentPairs(instruments).filter(([a, b]) => a.id === instrument.id || b.id === instrument.id);
  return (
    <ul className="inline-list">
      {pairs.map(([a, b]) => {
        const other = a.id === instrument.id ? b : a;
        return (
          <li key={other.id}>
            <a href={paths.comparePair(a.id, b.id)}>{other.shortTitle}</a>
          </li>
        );
      })}
    </ul>
  );
}
