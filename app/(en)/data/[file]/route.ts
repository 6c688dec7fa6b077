import { dataFiles, dataResponse } from '@/lib/openData';

/** Every download in lib/openData.ts, written out as a static file at build time. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return dataFiles.map((f) => ({ file: f.name }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return dataResponse((await params).file);
}
