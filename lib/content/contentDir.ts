/**
 * Where the content lives: content/ in the project, or the folder named by CONTENT_DIR
 * (relative to the project). Every reader of the content (validation, contentlayer, the site)
 * asks here, so `npm run bench:scale` can build a generated set without touching content/.
 */
import path from 'node:path';

export function contentDir(projectDir: string = process.cwd()): string {
  return path.resolve(projectDir, process.env.CONTENT_DIR?.trim() || 'content');
}
