import { expect, test } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';

interface TableField {
  name: string;
  type: string;
  constraints?: { required?: boolean; enum?: string[] };
}
interface Resource {
  path: string;
  format: 'json' | 'csv';
  schema: string | { fields: TableField[] };
  licenses: { name: string }[];
}

const cellMatches: Record<string, (v: string) => boolean> = {
  string: () => true,
  date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v),
  integer: (v) => /^-?\d+$/.test(v),
  number: (v) => !Number.isNaN(Number(v)),
  boolean: (v) => v === 'true' || v === 'false',
};

test('every download is described in datapackage.json and matches its schema', async ({ request }) => {
  const pkg = (await (await request.get('/data/datapackage.json')).json()) as {
    licenses: { name: string }[];
    version: string;
    resources: Resource[];
  };
  expect(pkg.licenses[0]!.name).toBe('CC-BY-4.0');
  expect(pkg.version).toMatch(/^\d{4}\.\d{2}\.\d{2}$/);
  expect(pkg.resources.length).toBe(10);
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv); // dates and URLs are checked, not just typed as strings
  for (const resource of pkg.resources) {
    const body = await (await request.get(`/data/${resource.path}`)).text();
    if (resource.format === 'json') {
      const schema = await (await request.get(`/data/${String(resource.schema)}`)).json();
      const data = JSON.parse(body) as {
        version: string;
        licence: { name: string };
        generated: string;
        records: unknown[];
      };
      const validate = ajv.compile(schema);
      expect({ file: resource.path, valid: validate(data), errors: validate.errors ?? null }).toEqual({
        file: resource.path,
        valid: true,
        errors: null,
      });
      expect(data.records.length).toBeGreaterThan(0);
      expect(data.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    } else {
      const { fields } = resource.schema as { fields: TableField[] };
      const rows = parse(body, { columns: true }) as Record<string, string>[];
      expect(rows.length).toBeGreaterThan(0);
      expect({ file: resource.path, columns: Object.keys(rows[0]!) }).toEqual({
        file: resource.path,
        columns: fields.map((f) => f.name),
      });
      const bad: string[] = [];
      rows.forEach((row, i) => {
        for (const f of fields) {
          const v = row[f.name] ?? '';
          if (v === '') {
            if (f.constraints?.required) bad.push(`${resource.path} row ${i + 1} ${f.name}: empty but required`);
            continue;
          }
          if (!(cellMatches[f.type] ?? (() => false))(v))
            bad.push(`${resource.path} row ${i + 1} ${f.name}: "${v}" is not ${f.type}`);
          if (f.constraints?.enum && !f.constraints.enum.includes(v))
            bad.push(`${resource.path} row ${i + 1} ${f.name}: "${v}" not allowed`);
        }
      });
      expect(bad).toEqual([]);
    }
  }
});

test('the data dictionary on /data/ describes every field of every file', async ({ page, request }) => {
  await page.goto('/data/');
  const states = ((await (await request.get('/data/states.json')).json()) as { records: Record<string, unknown>[] })
    .records;
  const table = page.locator('#fields-states ~ .table-scroll table, section:has(#fields-states) table');
  for (const field of Object.keys(states[0]!))
    await expect(table.locator('th[scope="row"]', { hasText: new RegExp(`^${field}$`) })).toHaveCount(1);
  await expect(page.locator('a[href="/data/datapackage.json"]')).toHaveCount(1);
});
