import { instruments } from '@/lib/content';
import { orderInstruments } from '@/lib/compare/order';
import { columnToggleCss } from '@/lib/compare/columnToggleCss';
import { statusColourCss } from '@/lib/statusColours';

export const dynamic = 'force-static';

/**
 * The CSS rules derived from data (status colours, one column toggle per instrument), as a
 * stylesheet file rather than inline `<style>` blocks, so the Content-Security-Policy can
 * forbid inline styles (lib/server/headers.ts).
 */
export function GET() {
  const css = [
    statusColourCss((status) => `.status-${status} .swatch`, 'background'),
    columnToggleCss(orderInstruments(instruments).map((i) => i.id)),
  ].join('\n');
  return new Response(`${css}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
