/**
 * Numbers from the casualty data, for use inside sentences, each with its citation. Changing a
 * row in content/data changes every sentence that quotes it.
 */
import { CiteMarks } from '@/components/citations/CiteMark';
import type { Notes } from '@/lib/citations';
import {
  SHARE_BASE_LABELS,
  casualtyFigure,
  civilianShareRange,
  countryCasualties,
  type CasualtyField,
} from '@/lib/riskData';

const fmt = new Intl.NumberFormat('en-GB');

/**
 * `<CasualtyFigure year="2024" field="killed" />` → "1,945"; a share always reads with its
 * denominator: `field="childPercent"` → "46% of civilian casualties".
 */
export function CasualtyFigure({ year, field, notes }: { year: string; field: CasualtyField; notes: Notes }) {
  const { row, value, base } = casualtyFigure(Number(year), field);
  return (
    <span className="stat">
      <data value={value}>{base ? `${value}%` : fmt.format(value)}</data>
      {base ? ` ${base}` : ''}
      <CiteMarks notes={notes} cites={row.cite} />
    </span>
  );
}

/** `<CountryCasualties iso="MMR" />` → "2,029" (the latest year's total for that country). */
export function CountryCasualties({ iso, notes }: { iso: string; notes: Notes }) {
  const { country } = countryCasualties(iso);
  return (
    <span className="stat">
      <data value={country.total}>{fmt.format(country.total)}</data>
      <CiteMarks notes={notes} cites={country.cite} />
    </span>
  );
}

/**
 * `<CivilianShareRange from="2014" />` → "between 71% of casualties whose … status was known (2018)
 * and 90% of all recorded casualties (2024)": each end names its own denominator.
 */
export function CivilianShareRange({ from, notes }: { from: string; notes: Notes }) {
  const { low, high } = civilianShareRange(Number(from));
  const base = (r: typeof low) => (r.civilianPercentOf ? ` ${SHARE_BASE_LABELS[r.civilianPercentOf]}` : '');
  return (
    <span className="stat">
      between <data value={low.civilianPercent}>{low.civilianPercent}%</data>
      {base(low)} ({low.year})
      <CiteMarks notes={notes} cites={low.cite} /> and <data value={high.civilianPercent}>{high.civilianPercent}%</data>
      {base(high)} ({high.year})
      <CiteMarks notes={notes} cites={high.cite} />
    </span>
  );
}
