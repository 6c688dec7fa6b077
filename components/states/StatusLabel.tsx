import type { OttawaStatus } from '@/lib/ottawaStatus';
import { statusLabels } from '@/lib/statesTable';

/** A status in words, with a swatch that repeats the map's colour (the words carry the meaning). */
export function StatusLabel({ status }: { status: OttawaStatus }) {
  return (
    <span className={`status status-${status}`}>
      <span className="swatch" aria-hidden="true" />
      {statusLabels[status]}
    </span>
  );
}
