import { dataResponse } from '@/lib/openData';

export const dynamic = 'force-static';

export function GET() {
  return dataResponse('states.csv');
}
