/**
 * The build's last check before out/ is replaced: every internal reference in every built
 * page (links, stylesheets, scripts, images, form actions) names a file in the build, and every
 * `#fragment` on a link names an element on the target page. HTML is parsed with parse5.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import { candidateFiles } from '../server/requestPath';

interface ParsedNode {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: ParsedNode[];
  content?: ParsedNode;
}

interface PageRefs {
  ids: Set<string>;
  refs: { attr: string; value: string }[];
}

const REF_ATTRS: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  form: ['action'],
  use: ['href'],
};

export function pageRefs(html: string): PageRefs {
  const ids = new Set<string>();
  const refs: PageRefs['refs'] = [];
  const visit = (node: ParsedNode) => {
    for (const attr of node.attrs ?? []) {
      if (attr.name === 'id') ids.add(attr.value);
      if (REF_ATTRS[node.nodeName]?.includes(attr.name))
        refs.push({ attr: `${node.nodeName}[${attr.name}]`, value: attr.value });
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(parse(html) as unknown as ParsedNode);
  return { ids, refs };
}

function walk(dir: string, rel = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relPath = rel ? `${rel}/${entry.name}` : entry.name;
    return entry.isDirectory() ? walk(path.join(dir, entry.name), relPath) : [relPath];
  });
}

/** Returns one line per broken reference: `page → reference (why)`. Empty when all resolve. */
export function checkBuiltLinks(root: string): string[] {
  const files = new Set(walk(root));
  const pages = [...files].filter((f) => f.endsWith('.html'));
  const refsByPage = new Map(pages.map((page) => [page, pageRefs(fs.readFileSync(path.join(root, page), 'utf8'))]));
  const broken: string[] = [];
  for (const [page, { ids, refs }] of refsByPage) {
    const pageUrl = `http://site/${page.replace(/(^|\/)index\.html$/, '$1')}`;
    for (const { attr, value } of refs) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) continue; // another site or scheme
      const url = new URL(value, pageUrl);
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        broken.push(`${page} → ${value} (${attr}: malformed)`);
        continue;
      }
      const target = candidateFiles(pathname.replace(/\/$/, '') || '/').find((f) => files.has(f));
      if (!target) {
        broken.push(`${page} → ${value} (${attr}: no such file)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && attr === 'a[href]' && target.endsWith('.html')) {
        const targetIds = target === page ? ids : refsByPage.get(target)?.ids;
        if (!targetIds?.has(fragment)) broken.push(`${page} → ${value} (no element #${fragment})`);
      }
    }
  }
  return broken;
}
