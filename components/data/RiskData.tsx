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
import { DOWNLOADS, casualtySeriesCites, contaminated, latest, series, seriesEntries } from '@/lib/riskData';
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
        table={<CasualtyTable notes={notes} captionId="casualty-chart-table-caption" />}
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
          title="Civilians as a share of casualties whose status was known"
          description={`Per cent of casualties who were civilians, for the ${shares.length} years an edition reported it.`}
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
              <caption>Civilian share of casualties by year</caption>
              <thead>
                <tr>
                  <th scope="col">Year</th>
                  <th scope="col">Civilians (%)</th>
                  <th scope="col">Children among civilians (%)</th>
                </tr>
              </thead>
              <tbody>
                {shares.map((r) => (
                  <tr key={r.year}>
                    <th scope="row">{r.year}</th>
                    <td>{r.civilianPercent}</td>
                    <td>{r.childPercentOfCivilian ?? '—'}</td>
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
export function CasualtyTable({ notes, captionId = 'casualty-table-caption' }: { notes: Notes; captionId?: string }) {
  const rows = seriesEntries();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table">
        <caption id={captionId}>
          Casualties recorded by the Landmine Monitor, by year, with the edition each row follows
        </caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Total</th>
            <th scope="col">Killed</th>
            <th scope="col">Injured</th>
            <th scope="col">Unknown</th>
            <th scope="col">Civilians (%)</th>
            <th scope="col">Children among civilians (%)</th>
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
                <td>{r.civilianPercent ?? '—'}</td>
                <td>{r.childPercentOfCivilian ?? '—'}</td>
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
  const countries = [...l.countries].sort((a, b) => b.total - a.total);
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
  const areas = [...c.areas].sort((a, b) => a.name.localeCompare(b.name));
  const known = new Set(states.map((s) => s.iso));
  return (
    <div className="table-scroll" role="region" aria-labelledby="contamination-caption" tabIndex={0}>
      <table className="data-table">
        <caption id="contamination-caption">
          States and other areas with known or suspected anti-personnel mine contamination, and Article 5 clearance
          deadlines ({areas.length} listed). Each extent band comes from the latest report we could check for that area,
          which may be older than {formatDate(c.asOf)}: its note names the edition. Data:{' '}
          <a href={DOWNLOADS.contamination.csv}>CSV</a> · <a href={DOWNLOADS.contamination.json}>JSON</a>
        </caption>
        <thead>
          <tr>
            <th scope="col">State or area</th>
            <th scope="col">Extent</th>
            <th scope="col">Article 5 deadline</th>
            <th scope="col">Extensions</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {areas.map((a) => (
            <tr key={a.name}>
              <th scope="row">{a.iso && known.has(a.iso) ? <a href={paths.state(a.iso)}>{a.name}</a> : a.name}</th>
              <td>{EXTENT_LABELS[a.extent]}</td>
              <td>
                {a.article5 ? <time dateTime={a.article5.deadline}>{formatDate(a.article5.deadline)}</time> : '—'}
              </td>
              <td>{a.article5?.extensions ?? '—'}</td>
              <td>
                <CiteMarks notes={notes} cites={[...a.cite, ...(a.article5?.cite ?? [])]} />
                {a.note && <span className="muted"> {a.note}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
