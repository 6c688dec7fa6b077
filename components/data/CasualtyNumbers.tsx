/**
 * Numbers from the casualty data, for use inside sentences, each with its citation. Changing a
 * row in content/data changes every sentence that quotes it.
 */
import { CiteMarks } from '@/components/citations/CiteMark';
import type { Notes } from '@/lib/citations';
import { casualtyFigure, civilianShareRange, countryCasualties, type CasualtyField } from '@/lib/riskData';

const fmt = new Intl.NumberFormat('en-GB');
const show = (field: CasualtyField, value: number) =>
  field.endsWith('Percent') || field === 'childPercentOfCivilian' ? `${value}%` : fmt.format(value);

/** `<CasualtyFigure year="2024" field="killed" />` → "1,945" with the row's citation. */
export function CasualtyFigure({ year, field, notes }: { year: string; field: CasualtyField; notes: Notes }) {
  const { row, value } = casualtyFigure(Number(year), field);
  return (
    <span className="stat">
      <data value={value}>{show(field, value)}</data>
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

/** `<CivilianShareRange from="2014" />` → "between 71% (2018) and 90% (2024)". */
export function CivilianShareRange({ from, notes }: { from: string; notes: Notes }) {
  const { low, high } = civilianShareRange(Number(from));
  return (
    <span className="stat">
      between <data value={low.civilianPercent}>{low.civilianPercent}%</data> ({low.year})
      <CiteMarks notes={notes} cites={low.cite} /> and <data value={high.civilianPercent}>{high.civilianPercent}%</data>{' '}
      ({high.year})
      <CiteMarks notes={notes} cites={high.cite} />
    </span>
  );
}
