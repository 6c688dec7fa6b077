import type { ReactNode } from 'react';
import { CiteMarks } from '@/components/citations/CiteMark';
import type { Notes } from '@/lib/citations';
import type { Citation } from '@/lib/content/schemas';
import { AsOf } from '@/components/facts/AsOf';
import { messages, type Locale } from '@/lib/i18n';

/**
 * A chart with what every chart on the site must carry: a title, the SVG (an image with a
 * text description), its source line and "as of" date, downloads of exactly the data
 * shown, and the same data as a table for anyone who cannot see the chart.
 */
export function ChartFrame({
  id,
  title,
  description,
  source,
  cites,
  asOf,
  notes,
  downloads,
  svg,
  table,
  locale = 'en',
}: {
  id: string;
  title: string;
  description: string;
  source: string;
  cites: readonly Citation[];
  asOf: string;
  notes: Notes;
  downloads: { json: string; csv: string };
  svg: ReactNode;
  table: ReactNode;
  locale?: Locale;
}) {
  const m = messages(locale).chart;
  // One mark per source on the source line; the data table gives each row's own pinpoint.
  const sources = cites
    .filter((c, i) => cites.findIndex((x) => x.source === c.source) === i)
    .map(({ source }) => ({ source }));
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption>
        <p className="chart-title" id={`${id}-title`}>
          {title}
        </p>
      </figcaption>
      <div className="chart-svg" role="img" aria-label={`${title}. ${description}`}>
        {svg}
      </div>
      <p className="chart-source">
        {m.source} {source}
        <CiteMarks notes={notes} cites={sources} locale={locale} /> <AsOf date={asOf} locale={locale} />. {m.data}{' '}
        <a href={downloads.csv}>CSV</a> · <a href={downloads.json}>JSON</a>.
      </p>
      {/* Rows of numbers: not searched (the chart's title and prose around it are). */}
      <details className="chart-data" data-pagefind-ignore="all">
        <summary>{m.asTable}</summary>
        {table}
      </details>
    </figure>
  );
}
