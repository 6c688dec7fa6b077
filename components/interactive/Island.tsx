/**
 * Loads one of the site's small plain scripts (public/islands/<name>.js) on the page that
 * needs it. The pages ship no framework runtime (see scripts/strip-runtime.ts), so these
 * scripts are all the JavaScript there is. The query string is a hash of the file's content,
 * so a changed script is never served stale from a cache.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export type IslandName = 'copy-buttons' | 'states-filter' | 'compare-columns' | 'search' | 'cite-cards';

export function islandSrc(name: IslandName): string {
  const file = path.join(process.cwd(), 'public', 'islands', `${name}.js`);
  const hash = createHash('sha256').update(fs.readFileSync(file)).digest('hex').slice(0, 10);
  return `/islands/${name}.js?v=${hash}`;
}

export function Island({ name }: { name: IslandName }) {
  // `async` makes React treat it as a resource (hoisted to <head>, loaded once); the scripts
  // themselves wait for the document to be parsed.
  return <script src={islandSrc(name)} async />;
}
