import type { Metadata } from 'next';
import { MdxPage } from '@/components/pages/MdxPage';
import { CorrectionsList } from '@/components/pages/CorrectionsList';
import { corrections, getPage } from '@/lib/content';
import { paths } from '@/lib/routes';

const page = getPage('about');

export const metadata: Metadata = { title: page.data.title, description: page.data.description };

export default function AboutPage() {
  return (
    <MdxPage
      doc={page}
      path={paths.about}
      after={{
        cites: corrections.flatMap((c) => c.cite),
        render: (notes) => <CorrectionsList corrections={corrections} notes={notes} />,
      }}
    />
  );
}
