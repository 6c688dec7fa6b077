import { statusColourCss } from '@/lib/statusColours';

export const dynamic = 'force-static';

/**
 * The CSS rules derived from data (the status colours), as a
 * stylesheet file rather than inline `<style>` blocks, so the Content-Security-Policy can
 * forbid inline styles (lib/server/headers.ts).
 */
export function GET() {
  const css = [statusColourCss((status) => `.status-${status} .swatch`, 'background')].join('\n');
  return new Response(`${css}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
