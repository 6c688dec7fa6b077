import { stanceLabels } from '@/lib/compare/matrix';
import type { Stance } from '@/lib/content/schemas';

/** A stance in words; the class adds a tint and a symbol, never the only cue. */
export function StanceLabel({ stance }: { stance: Stance }) {
  return <strong className={`stance stance-${stance}`}>{stanceLabels[stance]}</strong>;
}
