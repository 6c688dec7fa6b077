import { CiteMarks } from '@/components/citations/CiteMark';
import type { Notes } from '@/lib/citations';
import type { ReportedFigure } from '@/lib/content/schemas';
import { formatFigure } from '@/lib/figureText';
import { formatFigureIn } from '@/lib/i18n/figures';
import type { Locale } from '@/lib/i18n';
import { AsOf } from './AsOf';

/** A figure from the data, with its unit, its "as of" date and its sources. */
export function Stat({ figure, notes, locale = 'en' }: { figure: ReportedFigure; notes: Notes; locale?: Locale }) {
  return (
    <span className="stat">
      <data value={figure.value}>{locale === 'en' ? formatFigure(figure) : formatFigureIn(locale, figure)}</data>{' '}
      <AsOf date={figure.asOf} locale={locale} />
      <CiteMarks notes={notes} cites={figure.cite} locale={locale} />
    </span>
  );
}
