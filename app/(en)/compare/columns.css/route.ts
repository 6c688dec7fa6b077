import { columnToggleCss } from '@/lib/compare/columnToggles';
import { buildMatrix } from '@/lib/compare/matrix';
import { dimensions, instruments } from '@/lib/content';

/** The column chooser's rules, one per instrument (see lib/compare/columnToggles.ts). */
export const dynamic = 'force-static';

export function GET() {
  const { columns } = buildMatrix(instruments, dimensions);
  return new Response(columnToggleCss(columns.map((c) => c.id)), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
}
