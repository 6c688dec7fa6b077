import { ImageResponse } from 'next/og';
import { SHARE_IMAGE_SIZE, shareImageFamilies } from '@/lib/pageMetadata';
import { familyOfImage, shareImageText } from '@/lib/shareImages';
import { SITE_NAME } from '@/lib/site';

/** One share image (PNG, 1200×630) per page family, drawn once at build: /og/<family>.png. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return shareImageFamilies.map((family) => ({ image: `${family}.png` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ image: string }> }) {
  const family = familyOfImage((await params).image);
  if (!family) return new Response('Not found', { status: 404 });
  const { heading, line } = shareImageText[family];
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '72px',
        background: '#17181a',
        color: '#fdfcf9',
      }}
    >
      <div style={{ display: 'flex', fontSize: 34, color: '#e0b44c' }}>{SITE_NAME}</div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ display: 'flex', fontSize: 72, lineHeight: 1.1 }}>{heading}</div>
        <div style={{ display: 'flex', fontSize: 36, marginTop: 28, color: '#c9c6bd' }}>{line}</div>
      </div>
    </div>,
    SHARE_IMAGE_SIZE,
  );
}
