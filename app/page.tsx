import type { Metadata } from 'next';
import { MdxPage } from '@/components/pages/MdxPage';
import { getPage } from '@/lib/content';
import { paths } from '@/lib/routes';

const page = getPage('home');

export const metadata: Metadata = { title: { absolute: page.data.title }, description: page.data.description };

export default function HomePage() {
  return <MdxPage doc={page} path={paths.home} />;
}
