/**
 * Open data that tools understand: each JSON download wrapped with its version, licence and
 * generation date; JSON Schemas generated from the zod schemas; a Frictionless Data Package
 * (datapackage.json) describing every file with a table schema; and the data dictionary.
 */
import { z } from 'zod';

export const DATA_LICENCE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** A JSON download: metadata, then the records. */
export function jsonEnvelope<T>(records: T[], meta: { name: string; version: string; generated: string }) {
  return {
    name: meta.name,
    version: meta.version,
    licence: DATA_LICENCE,
    generated: meta.generated,
    records,
  };
}

/** The JSON Schema of a JSON download (envelope + records), from the record's zod schema. */
export function jsonSchemaFor(recordSchema: z.ZodType, title: string) {
  const envelope = z.strictObject({
    name: z.string(),
    version: z.string(),
    licence: z.strictObject({ name: z.literal(DATA_LICENCE.name), title: z.string(), path: z.url() }),
    generated: z.string().meta({ format: 'date' }),
    records: z.array(recordSchema),
  });
  return { ...z.toJSONSchema(envelope, { target: 'draft-2020-12' }), title };
}

export interface TableField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'array' | 'object';
  description: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; minimum?: number; maximum?: number };
}

interface JsonSchemaProperty {
  type?: string | string[];
  anyOf?: JsonSchemaProperty[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  description?: string;
}

/** The part of a generated JSON Schema that the table schema reads, checked rather than cast. */
const jsonSchemaProperty: z.ZodType<JsonSchemaProperty> = z.lazy(() =>
  z.object({
    type: z.union([z.string(), z.array(z.string())]).optional(),
    anyOf: z.array(jsonSchemaProperty).optional(),
    enum: z.array(z.unknown()).optional(),
    format: z.string().optional(),
    pattern: z.string().optional(),
    minimum: z.number().optional(),
    maximum: z.number().optional(),
    description: z.string().optional(),
  }),
);
const objectJsonSchema = z.object({ properties: z.record(z.string(), jsonSchemaProperty) });

/** One field of a Frictionless table schema, read from the field's JSON Schema. */
function tableField(name: string, property: JsonSchemaProperty): TableField {
  const variants = property.anyOf ?? [property];
  const nonNull = variants.filter((v) => v.type !== 'null' && !(v.enum && v.enum.every((e) => e === null)));
  const nullable = nonNull.length < variants.length || (Array.isArray(property.type) && property.type.includes('null'));
  const main = nonNull[0] ?? {};
  const jsonType = Array.isArray(main.type) ? main.type.find((t) => t !== 'null') : main.type;
  const type: TableField['type'] =
    main.format === 'date'
      ? 'date'
      : jsonType === 'integer' ||
          jsonType === 'number' ||
          jsonType === 'boolean' ||
          jsonType === 'array' ||
          jsonType === 'object'
        ? jsonType
        : 'string';
  const enumValues = main.enum?.filter((e): e is string => typeof e === 'string');
  const constraints: NonNullable<TableField['constraints']> = {
    ...(nullable ? {} : { required: true }),
    ...(enumValues && enumValues.length > 0 ? { enum: enumValues } : {}),
    ...(main.pattern && type === 'string' ? { pattern: main.pattern } : {}),
    ...(main.minimum !== undefined ? { minimum: main.minimum } : {}),
    ...(main.maximum !== undefined ? { maximum: main.maximum } : {}),
  };
  return {
    name,
    type,
    description: property.description ?? main.description ?? '',
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

/** The Frictionless table schema of a record schema: one field per key, in order. */
export function tableSchema(recordSchema: z.ZodObject): { fields: TableField[] } {
  const json = objectJsonSchema.parse(z.toJSONSchema(recordSchema, { target: 'draft-2020-12' }));
  return { fields: Object.entries(json.properties).map(([name, property]) => tableField(name, property)) };
}
