import { dataFiles, schemaFileName } from '@/lib/openData';
import { jsonSchemaFor } from '@/lib/openDataPackage';
import { z } from 'zod';

/** The JSON Schema of each download, generated from its zod schema. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return dataFiles.map((f) => ({ file: schemaFileName(f) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const name = (await params).file;
  const file = dataFiles.find((f) => schemaFileName(f) === name);
  if (!file) throw new Error(`No schema ${name}`);
  // A CSV's schema describes its rows as objects (the header names the keys).
  const schema =
    file.format === 'json'
      ? jsonSchemaFor(file.schema, file.title)
      : { ...z.toJSONSchema(z.array(file.schema), { target: 'draft-2020-12' }), title: `${file.title}: rows` };
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
}
