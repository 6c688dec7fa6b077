/**
 * Reads the files under content/ as plain data, without contentlayer, so that validation
 * runs in seconds and tests can point it at fixture folders. Contentlayer reads the same
 * files for the build (MDX compilation); this module only feeds the checks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { documentTypes, type DocumentTypeName } from './documentTypes';
import type { Problem } from './problems';

export interface RawDocument {
  type: DocumentTypeName;
  /** Path relative to the repository root (or the fixture root), with forward slashes. */
  file: string;
  /** File name without extension. */
  stem: string;
  data: unknown;
  /** MDX body (after the frontmatter); undefined for data files. */
  body?: string;
  /** Line in the file where the body starts, for problem reports. */
  bodyLine?: number;
}

/** Files in content/ that are documentation for authors, not documents. */
const IGNORED = new Set(['README.md']);

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** Minimal glob for the patterns in documentTypes: `*` matches within one path segment. */
export function matchesPattern(relativePath: string, pattern: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+')}$`);
  return regex.test(relativePath);
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function parseMdx(text: string): { frontmatter: string; body: string; bodyLine: number } | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  return { frontmatter: match[1]!, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

export function loadRawDocuments(contentDir: string, rootDir = path.dirname(contentDir)): { documents: RawDocument[]; problems: Problem[] } {
  const documents: RawDocument[] = [];
  const problems: Problem[] = [];

  for (const full of walk(contentDir).sort()) {
    const relToContent = path.relative(contentDir, full).split(path.sep).join('/');
    const file = path.relative(rootDir, full).split(path.sep).join('/');
    if (IGNORED.has(path.basename(full))) continue;
    const type = documentTypes.find((t) => matchesPattern(relToContent, t.pattern));
    if (!type) {
      problems.push({ file, field: '(file)', value: relToContent, message: 'is not a known kind of document (see content/README.md for where each kind lives)' });
      continue;
    }
    const text = fs.readFileSync(full, 'utf8');
    const stem = path.basename(full).replace(/\.[^.]+$/, '');
    let yamlText = text;
    let body: string | undefined;
    let bodyLine: number | undefined;
    if (type.format === 'mdx') {
      const parts = parseMdx(text);
      if (!parts) {
        problems.push({ file, field: '(frontmatter)', value: text.slice(0, 40), message: 'must start with YAML frontmatter between --- lines' });
        continue;
      }
      ({ frontmatter: yamlText, body, bodyLine } = parts);
    }
    try {
      const parsed: unknown = parseYaml(yamlText);
      // A list file holds a bare YAML list (or nothing yet): wrap it so its schema is an object.
      const data = 'list' in type ? { items: parsed ?? [] } : parsed;
      documents.push({ type: type.name, file, stem, data, body, bodyLine });
    } catch (error) {
      const message = error instanceof YAMLParseError ? error.message.split('\n')[0]! : String(error);
      problems.push({ file, field: '(yaml)', value: undefined, message: `is not valid YAML: ${message}` });
    }
  }
  return { documents, problems };
}

/** Only the list files (corrections), for the build, where contentlayer supplies everything else. */
export function loadListDocuments(contentDir: string, rootDir = path.dirname(contentDir)): RawDocument[] {
  return loadRawDocuments(contentDir, rootDir).documents.filter((d) =>
    documentTypes.some((t) => t.name === d.type && 'list' in t),
  );
}
