/**
 * Contentlayer compiles the MDX and generates typed data from content/. Its field lists
 * are derived from the zod schemas (lib/content/schemas.ts) so the model is declared once;
 * zod does the real checking (npm run validate), contentlayer is set to fail, never to
 * skip, so no document can silently vanish from the site.
 */
import { defineDocumentType, makeSource, type FieldDefs } from 'contentlayer2/source-files';
import remarkGfm from 'remark-gfm';
import { contentDir } from './lib/content/contentDir';
import { documentTypes, listFolders } from './lib/content/documentTypes';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { termSchema } from './lib/content/schemas';
import { translatedTermSchema } from './lib/content/translationSchemas';
import { termForms, translatedTermForms } from './lib/glossaryLinks';
import { TRANSLATED_LOCALES } from './lib/i18n/locales';
import { remarkTermLinks } from './lib/mdx/remarkTermLinks';

/** Glossary terms for first-use linking; a term that fails its schema is reported by validation, not here. */
function glossaryTerms() {
  const dir = path.join(contentDir(), 'glossary');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => {
      const parsed = termSchema.safeParse(parseYaml(fs.readFileSync(path.join(dir, f), 'utf8')));
      return parsed.success ? [termForms(parsed.data)] : [];
    });
}

/** Each edition's own term wordings, for first-use linking in its translated pages. */
function translatedGlossaryTerms() {
  return Object.fromEntries(
    TRANSLATED_LOCALES.map((locale) => {
      const dir = path.join(contentDir(), 'i18n', locale, 'glossary');
      const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')) : [];
      return [
        locale,
        files.flatMap((f) => {
          const parsed = translatedTermSchema.safeParse(parseYaml(fs.readFileSync(path.join(dir, f), 'utf8')));
          return parsed.success ? [translatedTermForms(parsed.data)] : [];
        }),
      ];
    }),
  );
}

function fieldsFromSchema(shape: Record<string, { safeParse: (v: unknown) => { success: boolean } }>): FieldDefs {
  return Object.fromEntries(
    Object.entries(shape).map(([name, field]) => [
      name,
      { type: 'json', required: !field.safeParse(undefined).success },
    ]),
  ) as FieldDefs;
}

const definitions = documentTypes
  .filter((type) => !('list' in type))
  .map((type) =>
    defineDocumentType(() => ({
      name: type.name,
      filePathPattern: type.pattern,
      contentType: type.format === 'mdx' ? 'mdx' : 'data',
      fields: fieldsFromSchema(type.schema.shape as never),
    })),
  );

export default makeSource({
  // content/, or CONTENT_DIR (npm run bench:scale builds a generated set); contentlayer wants it relative.
  contentDirPath: path.relative(process.cwd(), contentDir()),
  contentDirExclude: ['README.md', ...listFolders],
  documentTypes: definitions,
  mdx: {
    remarkPlugins: [
      remarkGfm,
      [remarkTermLinks, { terms: glossaryTerms(), translatedTerms: translatedGlossaryTerms() }],
    ],
  },
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  onUnknownDocuments: 'fail',
  // Our Source records have a `type` field of their own; contentlayer's discriminator moves aside.
  fieldOptions: { typeFieldName: 'docType' },
  disableImportAliasWarning: true,
});
