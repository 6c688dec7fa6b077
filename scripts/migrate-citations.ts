/**
 * Rewrites the old citation shape into the one the schemas accept (issue 14):
 *
 *   sources: [a, b]            cite:
 *                        →       - {source: a}
 *                                - {source: b}
 *
 * in every YAML file and every MDX/Markdown front matter under the folders given (default:
 * content/). Any mapping key `sources` whose value is a list of source ids is rewritten,
 * wherever it sits, so folders written later in the old shape (translations, texts) migrate
 * the same way. The edit is made in the text at the node's position (found with the `yaml`
 * Document API), so comments, key order, quoting and everything else stay byte for byte.
 * Idempotent: a second run finds nothing to change.
 *
 *   npx tsx scripts/migrate-citations.ts [--check] [folder …]
 *
 * `--check` changes nothing and exits 1 if a file still needs migrating. A mapping that has
 * both `sources` and `cite`, or a `sources` that is not a list of ids, is reported and left
 * alone (exit 1): a person decides how to merge it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { migrateFileText } from '../lib/content/migrateCitations';

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(full);
    return /\.(ya?ml|mdx|md)$/.test(entry.name) ? [full] : [];
  });
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const folders = argv.filter((a) => a !== '--check');
  const files = (folders.length ? folders : ['content']).flatMap(walk).sort();
  let files_changed = 0;
  let problems = 0;
  for (const file of files) {
    const before = fs.readFileSync(file, 'utf8');
    const result = migrateFileText(file, before);
    for (const problem of result.problems) console.error(`${file}: ${problem}`);
    problems += result.problems.length;
    if (result.text === before) continue;
    files_changed += 1;
    if (check) console.log(`${file}: ${result.changed} \`sources\` list(s) to migrate`);
    else fs.writeFileSync(file, result.text);
  }
  console.log(
    `${files.length} files read; ${files_changed} ${check ? 'need migrating' : 'migrated'}; ${problems} left for a person.`,
  );
  return problems > 0 || (check && files_changed > 0) ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
