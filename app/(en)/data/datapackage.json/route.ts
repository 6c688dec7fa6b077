import { dataPackage } from '@/lib/openData';
import { SITE_URL } from '@/lib/site';

/** The Frictionless Data Package describing every download on /data/. */
export const dynamic = 'force-static';

export function GET() {
  return new Response(`${JSON.stringify(dataPackage(SITE_URL), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
