/**
 * The civilian-risk data components used in MDX: charts with their tables, the latest year
 * with the Monitor's caveats beside the numbers, and the contamination table.
 */
import { ChartFrame } from '@/components/charts/ChartFrame';
import { HBarChart } from '@/components/charts/HBarChart';
import { Legend, StackedBarChart, type StackSeries } from '@/components/charts/StackedBarChart';
import { CiteMarks } from '@/components/citations/CiteMark';
import type { Notes } from '@/lib/citations';
import { casualtySegments, missingYears, type CasualtySegments } from '@/lib/charts/casualties';
import { formatDate } from '@/lib/dates';
import { paths } from '@/lib/routes';
import {
  DOWNLOADS,
  SHARE_BASE_LABELS,
  article5AsOf,
  casualtySeriesCites,
  contaminated,
  contaminationRows,
  latest,
  latestCountries,
  series,
  seriesEntries,
} from '@/lib/riskData';
import { Article5Cell } from '@/components/states/Article5Text';
import type { ShareBase } from '@/lib/content/schemas';
import { states } from '@/lib/content';

const fmt = new Intl.NumberFormat('en-GB');
const num = (n: number | undefined) => (n === undefined ? '—' : fmt.format(n));

const STACK: StackSeries<CasualtySegments>[] = [
  { key: 'killed', label: 'Killed', className: 'fill-killed' },
  { key: 'injured', label: 'Injured', className: 'fill-injured' },
  { key: 'unknown', label: 'Status not recorded', className: 'fill-other' },
  { key: 'unsplit', label: 'Total only (that edition gives no split)', className: 'fill-total' },
];

function span(rows: readonly { year: number }[]) {
  const years = rows.map((r) => r.year);
  return `${Math.min(...years)}–${Math.max(...years)}`;
}

/** A share with its denominator, for a table cell: "46% of civilian casualties". */
function ShareText({ value, of }: { value: number | undefined; of: ShareBase | undefined }) {
  if (value === undefined || of === undefined) return <>—</>;
  return (
    <>
      <data value={value}>{value}%</data> {SHARE_BASE_LABELS[of]}
    </>
  );
}

/** Casualties over time (killed and injured stacked) and the civilian share. */
export function CasualtyChart({ notes }: { notes: Notes }) {
  const s = series();
  const segments = casualtySegments(s.rows, s.gaps);
  const gaps = missingYears(s.rows, s.gaps);
  const unexplained = gaps.filter((year) => !s.gaps.some((g) => g.year === year));
  const shares = s.rows.filter((r) => r.civilianPercent !== undefined).sort((a, b) => a.year - b.year);
  const peak = segments.reduce((a, b) => (b.total > a.total ? b : a));
  return (
    <>
      <ChartFrame
        id="casualties-chart"
        title={`Recorded mine and explosive remnant casualties per year, ${span([...s.rows, ...s.gaps])}`}
        description={`Bars per year: killed and injured stacked where the edition splits its total, the total alone where it does not. The highest recorded total is ${fmt.format(peak.total)} in ${peak.year}.${gaps.length ? ` No verified figure for ${gaps.join(', ')}.` : ''}`}
        source="Landmine Monitor, annual editions (each year follows the edition named in the table)"
        cites={casualtySeriesCites()}
        asOf={s.asOf}
        notes={notes}
        downloads={DOWNLOADS.casualties}
        svg={
          <>
            <StackedBarChart rows={segments} series={STACK} yLabel="Casualties" xLabel="Calendar year" />
            <Legend series={STACK} />
          </>
        }
        table={
          <CasualtyTable
            notes={notes}
            captionId="casualty-chart-table-caption"
            caption="The chart's data: casualties recorded by the Landmine Monitor, by year"
          />
        }
      />
      {gaps.length > 0 && (
        <p className="muted">
          No bar is drawn for {gaps.join(', ')}; that does not mean zero.
          {s.gaps.length > 0 && (
            <> The table below says why there is no total for {s.gaps.map((g) => g.year).join(', ')}.</>
          )}
          {unexplained.length > 0 && <> For {unexplained.join(', ')} we have not yet verified a figure.</>}
        </p>
      )}
      {shares.length > 0 && (
        <ChartFrame
          id="civilian-share-chart"
          title="Civilians as a share of casualties, as each source gives it"
          description={`Per cent of casualties who were civilians, for the ${shares.length} years a source reported it. The sources do not all use the same base: the table below says, for each year, what the share is a share of.`}
          source="Landmine Monitor, annual editions"
          cites={shares.flatMap((r) => r.cite)}
          asOf={s.asOf}
          notes={notes}
          downloads={DOWNLOADS.casualties}
          svg={
            <StackedBarChart
              rows={shares.map((r) => ({ year: r.year, civilian: r.civilianPercent! }))}
              series={[{ key: 'civilian', label: 'Civilian share (%)', className: 'fill-civilian' }]}
              yLabel="Per cent"
              xLabel="Calendar year"
            />
          }
          table={
            <table className="data-table">
              <caption>Civilian and child shares of casualties by year, each with what it is a share of</caption>
              <thead>
                <tr>
                  <th scope="col">Year</th>
                  <th scope="col">Civilians</th>
                  <th scope="col">Children</th>
                </tr>
              </thead>
              <tbody>
                {shares.map((r) => (
                  <tr key={r.year}>
                    <th scope="row">{r.year}</th>
                    <td>
                      <ShareText value={r.civilianPercent} of={r.civilianPercentOf} />
                    </td>
                    <td>
                      <ShareText value={r.childPercent} of={r.childPercentOf} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      )}
    </>
  );
}

/** The whole series, with the edition each row follows and its notes. */
export function CasualtyTable({
  notes,
  captionId = 'casualty-table-caption',
  caption = 'Casualties recorded by the Landmine Monitor, by year, with the edition each row follows',
}: {
  notes: Notes;
  captionId?: string;
  /** The table appears twice on a page (beside the chart, and in full); each region needs its own name. */
  caption?: string;
}) {
  const rows = seriesEntries();
  return (
    // Year-by-year counts and revisions: not searched, it would outweigh the prose around it.
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0} data-pagefind-ignore="all">
      <table className="data-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Total</th>
            <th scope="col">Killed</th>
            <th scope="col">Injured</th>
            <th scope="col">Unknown</th>
            <th scope="col">Civilians (share, and of which casualties)</th>
            <th scope="col">Children (share, and of which casualties)</th>
            <th scope="col">Edition and notes</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) =>
            r.kind === 'gap' ? (
              <tr key={r.year}>
                <th scope="row">{r.year}</th>
                <td colSpan={6}>No total</td>
                <td>
                  <span className="muted">{r.note}</span>
                  <CiteMarks notes={notes} cites={r.cite} />
                </td>
              </tr>
            ) : (
              <tr key={r.year}>
                <th scope="row">{r.year}</th>
                <td>{num(r.total)}</td>
                <td>{num(r.killed)}</td>
                <td>{num(r.injured)}</td>
                <td>{num(r.unknown)}</td>
                <td>
                  <ShareText value={r.civilianPercent} of={r.civilianPercentOf} />
                </td>
                <td>
                  <ShareText value={r.childPercent} of={r.childPercentOf} />
                </td>
                <td>
                  {r.edition}
                  <CiteMarks notes={notes} cites={r.cite} />
                  {r.note && <span className="muted"> {r.note}</span>}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}

/** The latest year: countries with most casualties, improvised mines, and the caveats beside them. */
export function LatestYear({ notes }: { notes: Notes }) {
  const l = latest();
  const countries = latestCountries();
  const known = new Set(states.map((s) => s.iso));
  return (
    <section className="latest-year" aria-labelledby="latest-year-heading">
      <h3 id="latest-year-heading">
        {l.year} in detail ({l.edition})
      </h3>
      <div className="caveats" role="note" aria-label="The Monitor's caveats">
        <p className="note-title">Read these numbers with the Monitor&apos;s own caveats</p>
        <ul>
          {l.caveats.map((c) => (
            <li key={c.text}>
              {c.text}
              <CiteMarks notes={notes} cites={c.cite} />
            </li>
          ))}
        </ul>
      </div>
      {l.improvisedMinePercent && (
        <p>
          Improvised mines caused <data value={l.improvisedMinePercent.value}>{l.improvisedMinePercent.value}%</data> of
          the casualties recorded in {l.year}
          <CiteMarks notes={notes} cites={l.improvisedMinePercent.cite} />.
        </p>
      )}
      <ChartFrame
        id="latest-countries-chart"
        title={`Countries with the most recorded casualties in ${l.year}`}
        description={countries.map((c) => `${c.name} ${fmt.format(c.total)}`).join(', ')}
        source={l.edition}
        cites={countries.flatMap((c) => c.cite)}
        asOf={l.asOf}
        notes={notes}
        downloads={DOWNLOADS.latest}
        svg={
          <HBarChart
            rows={countries.map((c) => ({ label: c.name, value: c.total }))}
            xLabel={`Recorded casualties in ${l.year}`}
          />
        }
        table={
          <table className="data-table">
            <caption>Recorded casualties in {l.year}, by country</caption>
            <thead>
              <tr>
                <th scope="col">Country</th>
                <th scope="col">Casualties</th>
              </tr>
            </thead>
            <tbody>
              {countries.map((c) => (
                <tr key={c.name}>
                  <th scope="row">{c.iso && known.has(c.iso) ? <a href={paths.state(c.iso)}>{c.name}</a> : c.name}</th>
                  <td>
                    {fmt.format(c.total)}
                    <CiteMarks notes={notes} cites={c.cite} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </section>
  );
}

const EXTENT_LABELS = {
  massive: 'Massive (over 100 km²)',
  large: 'Large (20–100 km²)',
  medium: 'Medium (5–20 km²)',
  small: 'Small (under 5 km²)',
  unclear: 'Extent unclear',
} as const;

/** States and areas with anti-personnel mine contamination, with Article 5 deadlines. */
export function ContaminationTable({ notes }: { notes: Notes }) {
  const c = contaminated();
  const date = article5AsOf();
  const rows = contaminationRows(date);
  return (
    <div className="table-scroll" role="region" aria-labelledby="contamination-caption" tabIndex={0}>
      <table className="data-table">
        <caption id="contamination-caption">
          States and other areas with known or suspected anti-personnel mine contamination, and each State Party&apos;s
          Article 5 clearance deadline as of {formatDate(date)} ({rows.length} listed). Deadlines are computed from
          entry into force and the extensions granted; a deadline that has passed with no extension found is marked so.
          Each extent band comes from the latest report we could check for that area, which may be older than{' '}
          {formatDate(c.asOf)}: its note names the edition. Data: <a href={DOWNLOADS.contamination.csv}>CSV</a> ·{' '}
          <a href={DOWNLOADS.contamination.json}>JSON</a>
        </caption>
        <thead>
          <tr>
            <th scope="col">State or area</th>
            <th scope="col">Extent</th>
            <th scope="col">Article 5 deadline as of {formatDate(date)}</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ area: a, state, article5, article5Cite }) => (
            <tr key={a.name}>
              <th scope="row">{state ? <a href={paths.state(state.iso)}>{a.name}</a> : a.name}</th>
              <td>{EXTENT_LABELS[a.extent]}</td>
              <td>
                <Article5Cell status={article5} />
              </td>
              <td>
                <CiteMarks notes={notes} cites={[...a.cite, ...article5Cite]} />
                {a.note && <span className="muted"> {a.note}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
