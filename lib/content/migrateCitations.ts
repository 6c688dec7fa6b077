/**
 * The citation migration (issue 14): `sources: [ids]` becomes `cite: [{source}]`, edited in
 * the text at the node's position so that comments, order and quoting stay as they were.
 * scripts/migrate-citations.ts runs it over content/; tests/unit/migrateCitations.test.ts
 * shows what it does.
 */
import { isScalar, isSeq, parseDocument, visit, type Pair, type YAMLSeq } from 'yaml';

const SOURCE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)---(\r?\n|$)/;

export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface MigrationResult {
  text: string;
  changed: number;
  /** Places the script would not decide on its own (with a line number). */
  problems: string[];
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;
const columnOf = (text: string, offset: number) => offset - (text.lastIndexOf('\n', offset - 1) + 1);

/** The `cite` entries for a list of ids, as a block list indented under the key at `keyColumn`. */
function blockList(ids: readonly string[], keyColumn: number, eol: string): string {
  const indent = ' '.repeat(keyColumn + 2);
  return ids.map((source) => `${eol}${indent}- {source: ${source}}`).join('');
}

/** Migrates one YAML text (a data file or a front matter). Pure: returns the new text. */
export function migrateYaml(text: string): MigrationResult {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return { text, changed: 0, problems: doc.errors.map((e) => `does not parse: ${e.message}`) };
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const edits: Edit[] = [];
  const problems: string[] = [];

  visit(doc, {
    Map(_, map) {
      const pair = map.items.find((p) => isScalar(p.key) && p.key.value === 'sources') as Pair | undefined;
      if (!pair || !isScalar(pair.key) || !pair.key.range) return;
      const line = lineOf(text, pair.key.range[0]);
      const seq = pair.value;
      if (!isSeq(seq) || !seq.range) {
        problems.push(`line ${line}: \`sources\` is not a list; left alone`);
        return;
      }
      const items = (seq as YAMLSeq).items;
      const ids = items.map((item) => (isScalar(item) && typeof item.value === 'string' ? item.value : undefined));
      if (ids.some((id) => id === undefined || !SOURCE_ID.test(id))) {
        problems.push(`line ${line}: \`sources\` holds something other than source ids; left alone`);
        return;
      }
      if (map.items.some((p) => isScalar(p.key) && p.key.value === 'cite')) {
        problems.push(`line ${line}: both \`sources\` and \`cite\`; merge them by hand`);
        return;
      }
      edits.push({ start: pair.key.range[0], end: pair.key.range[1], text: 'cite' });
      if (seq.flow) {
        // `[a, b]` (or `[]`): a block list one source a line, like the existing `cite:` lists.
        const replacement = ids.length === 0 ? '[]' : blockList(ids as string[], columnOf(text, pair.key.range[0]), eol);
        const keyEnd = pair.key.range[1];
        const colon = text.indexOf(':', keyEnd);
        edits.push({ start: colon + 1, end: seq.range[1], text: ids.length === 0 ? ` ${replacement}` : replacement });
      } else {
        // A block list keeps its layout and comments: only each item changes.
        for (const item of items) {
          if (isScalar(item) && item.range) edits.push({ start: item.range[0], end: item.range[1], text: `{source: ${String(item.value)}}` });
        }
      }
    },
  });

  let out = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  const changed = edits.filter((e) => e.text === 'cite').length;
  return { text: out, changed, problems };
}

/** Migrates a whole file's text: YAML as is, MDX/Markdown in its front matter only (the body is never read). */
export function migrateFileText(file: string, text: string): MigrationResult {
  if (/\.ya?ml$/.test(file)) return migrateYaml(text);
  const match = FRONTMATTER.exec(text);
  if (!match) return { text, changed: 0, problems: [] };
  const start = text.indexOf(match[1]!);
  const result = migrateYaml(match[1]!);
  return { ...result, text: text.slice(0, start) + result.text + text.slice(start + match[1]!.length) };
}
