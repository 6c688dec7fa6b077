/** CSV as RFC 4180 describes it: CRLF line ends, every text field quoted, quotes doubled. */
export type CsvValue = string | number | boolean | null;

const field = (v: CsvValue) => (v === null ? '' : typeof v === 'string' ? `"${v.replace(/"/g, '""')}"` : String(v));

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header.map(field), ...rows.map((r) => r.map(field))].map((r) => r.join(',')).join('\r\n') + '\r\n';
}

/** Records → CSV, with the header taken from the first record's keys. */
export function recordsToCsv(records: readonly Record<string, CsvValue>[]): string {
  if (records.length === 0) return '';
  const keys = Object.keys(records[0]!);
  return toCsv(
    keys,
    records.map((r) => keys.map((k) => r[k] ?? null)),
  );
}
