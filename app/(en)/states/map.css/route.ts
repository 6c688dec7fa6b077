import { statusMapCss } from '@/lib/map/statusMapSvg';

export const dynamic = 'force-static';

/** The map's stylesheet, linked from /states/map.svg with an xml-stylesheet instruction. */
export function GET() {
  return new Response(`${statusMapCss()}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
