/**
 * `npm run validate`: checks everything under content/ and prints one line per problem
 * (file, field, value). Exits 1 if there is any. Runs before every build.
 */
import path from 'node:path';
import { formatProblem, sortProblems } from '../lib/content/problems';
import { contentDir } from '../lib/content/contentDir';
import { loadRawDocuments } from '../lib/content/rawDocuments';
import { validateDocuments } from '../lib/content/validate';
import { missingTranslations } from '../lib/content/validateTranslations';
import { countFactsByTier, factsOf, formatTierCounts, tierMap } from '../lib/content/sourceTiers';

const root = path.resolve(__dirname, '..');
const started = performance.now();
const { documents, problems: loadProblems } = loadRawDocuments(contentDir(root), root);
const { problems: checkProblems, content } = validateDocuments(documents);
const facts = factsOf(content);
console.log(formatTierCounts(countFactsByTier(facts, tierMap(content.sources)), facts.length));
const problems = sortProblems([...loadProblems, ...checkProblems]);
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(
    `\nContent validation failed: ${problems.length} problem(s) in ${documents.length} document(s) (${seconds}s).`,
  );
  process.exit(1);
}
for (const line of missingTranslations(content)) console.log(`Not yet translated: ${line}`);
console.log(`Content valid: ${documents.length} documents checked in ${seconds}s.`);
