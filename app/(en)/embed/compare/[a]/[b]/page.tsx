import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StanceLabel } from '@/components/compare/StanceLabel';
import { compareOn } from '@/lib/compare/matrix';
import { instrumentPairs } from '@/lib/compare/order';
import { dimensions, instruments } from '@/lib/content';
import { formatDate, latestDate } from '@/lib/dates';
import { paths } from '@/lib/routes';
import { SITE_NAME, absoluteUrl } from '@/lib/site';

/** Two instruments side by side, stance by stance, made to sit in another site's iframe. */
export const dynamicParams = false;

export function generateStaticParams() {
  return instrumentPairs(instruments).map(([a, b]) => ({ a: a.id, b: b.id }));
}

const load = (a: string, b: string) => instrumentPairs(instruments).find(([x, y]) => x.id === a && y.id === b);

export async function generateMetadata({ params }: { params: Promise<{ a: string; b: string }> }): Promise<Metadata> {
  const { a, b } = await params;
  const pair = load(a, b);
  if (!pair) return {};
  return {
    title: `${pair[0].shortTitle} and ${pair[1].shortTitle}`,
    robots: { index: false, follow: true },
    alternates: { canonical: absoluteUrl(paths.comparePair(a, b)) },
  };
}

export default async function PairEmbed({ params }: { params: Promise<{ a: string; b: string }> }) {
  const { a, b } = await params;
  const pair = load(a, b);
  if (!pair) notFound();
  const [first, second] = pair;
  const { differ, agree } = compareOn(pair, dimensions);
  const rows = [...differ, ...agree];
  const pagePath = absoluteUrl(paths.comparePair(first.id, second.id));
  const asOf = latestDate([first.asOf, second.asOf]);
  return (
    <article className="embed">
      <h1>
        <a href={pagePath} target="_blank" rel="noopener">
          {first.shortTitle} and {second.shortTitle}
        </a>
      </h1>
      <div className="table-scroll" role="region" aria-label="Comparison" tabIndex={0}>
        <table>
          <caption>
            Stance on each point, differences first (reviewed <time dateTime={asOf}>{formatDate(asOf)}</time>)
          </caption>
          <thead>
            <tr>
              <th scope="col">Point</th>
              <th scope="col">{first.shortTitle}</th>
              <th scope="col">{second.shortTitle}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.dimension.id}>
                <th scope="row">{row.dimension.label}</th>
                {row.positions.map((p, i) => (
                  <td key={pair[i]!.id}>
                    <StanceLabel stance={p.stance} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="embed-source">
        Source:{' '}
        <a href={pagePath} target="_blank" rel="noopener">
          {SITE_NAME}
        </a>
        , where each stance is explained and cited.
      </p>
    </article>
  );
}
