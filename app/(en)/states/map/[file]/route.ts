import { notFound } from 'next/navigation';
import { getInstrument, states } from '@/lib/content';
import { mapDateFor, mapDates } from '@/lib/map/mapDates';
import { statusMapSvg } from '@/lib/map/statusMapSvg';
import { OTTAWA_ID } from '@/lib/routes';
import { stateRows } from '@/lib/statesTable';

/** The status map at the end of each year since 1997 (`/states/map/1999.svg`), written at build time. */
export const dynamic = 'force-static';
export const dynamicParams = false;

const asOf = () => getInstrument(OTTAWA_ID).asOf;

export function generateStaticParams() {
  return mapDates(asOf()).map((d) => ({ file: `${d.year}.svg` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const year = Number(/^(\d{4})\.svg$/.exec((await params).file)?.[1]);
  const mapDate = mapDateFor(year, asOf());
  if (!mapDate) notFound();
  return new Response(statusMapSvg(stateRows(states, mapDate.date), mapDate.date), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
}
