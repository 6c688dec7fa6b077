import { getInstrument, states } from '@/lib/content';
import { statusMapSvg } from '@/lib/map/statusMapSvg';
import { OTTAWA_ID } from '@/lib/routes';
import { stateRows } from '@/lib/statesTable';

export const dynamic = 'force-static';

export function GET() {
  const date = getInstrument(OTTAWA_ID).asOf;
  return new Response(statusMapSvg(stateRows(states, date), date), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
}
