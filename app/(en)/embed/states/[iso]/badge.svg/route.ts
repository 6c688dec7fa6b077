import { getInstrument, states } from '@/lib/content';
import { formatDate } from '@/lib/dates';
import { statusBadgeSvg } from '@/lib/embed/badge';
import { ottawaStatusOn } from '@/lib/ottawaStatus';
import { OTTAWA_ID } from '@/lib/routes';
import { STATUS_FILLS } from '@/lib/statusColours';
import { statusLabels } from '@/lib/statesTable';

/** A state's status badge, a static SVG per state: /embed/states/<iso>/badge.svg. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return states.map((s) => ({ iso: s.iso.toLowerCase() }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ iso: string }> }) {
  const { iso } = await params;
  const state = states.find((s) => s.iso.toLowerCase() === iso);
  if (!state) return new Response('Not found', { status: 404 });
  const date = getInstrument(OTTAWA_ID).asOf;
  const status = ottawaStatusOn(state.ottawa, date);
  const svg = statusBadgeSvg({
    subject: 'Ottawa Treaty',
    status: statusLabels[status],
    colour: STATUS_FILLS[status][0],
    title: `${state.name}, Ottawa Treaty: ${statusLabels[status]} (as of ${formatDate(date)})`,
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}
