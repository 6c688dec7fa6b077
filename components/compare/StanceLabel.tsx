import { stanceLabels } from '@/lib/compare/matrix';
import type { Stance } from '@/lib/content/schemas';

/**
 * A stance in words; the class adds a tint and a symbol, never the only cue. `label` replaces
 * the word where the dimension has its own scale (see positionLabel).
 */
export function StanceLabel({ stance, label }: { stance: Stance; label?: string }) {
  return <strong className={`stance stance-${stance}`}>{label ?? stanceLabels[stance]}</strong>;
}
