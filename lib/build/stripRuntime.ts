/**
 * Takes the framework's client runtime out of a prerendered page.
 *
 * Every page here is a server component rendered once at build time; nothing on the client
 * needs React. Next still ships its runtime (about 170 KB gzip) and a second copy of the page
 * as an RSC payload inline in <script> tags (over half the HTML), only to hydrate markup that
 * never changes. The few interactive parts are plain scripts under /islands/, which are kept.
 * What is removed: every <script> that is not an island, a data block (JSON-LD) or marked
 * `data-keep`, and script preload hints. The page's visible text is compared before and
 * after with a real HTML parser (parse5), so a mis-cut can never lose content silently.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/g;
const LINK = /<link\b[^>]*>/g;
const isScriptHint = (tag: string) =>
  /\brel="modulepreload"/.test(tag) || (/\brel="preload"/.test(tag) && /\bas="script"/.test(tag));

/** Scripts that stay: islands, data blocks (JSON-LD is not code) and anything marked to keep. */
const kept = (attributes: string) =>
  /\bsrc="\/islands\/[^"]+"/.test(attributes) ||
  /\btype="application\/(ld\+)?json"/.test(attributes) ||
  /\bdata-keep\b/.test(attributes);

export interface Stripped {
  html: string;
  removedScripts: number;
}

/**
 * Streaming leftovers: content React would move into place with JavaScript (a hidden
 * `S:` container and the `$RC` script that swaps it in). Without the runtime they would
 * stay hidden, so their presence fails the build instead.
 */
export function streamingLeftovers(html: string): string[] {
  const found: string[] = [];
  if (/<div\b[^>]*\bhidden\b[^>]*\bid="S:\d+"/.test(html) || /<div\b[^>]*\bid="S:\d+"[^>]*\bhidden\b/.test(html))
    found.push('hidden S: container');
  if (/\$RC\b/.test(html)) found.push('$RC script');
  return found;
}

/** The text a reader sees: every text node outside script, style, template and noscript. */
export function visibleText(html: string): string {
  const skip = new Set(['script', 'style', 'template', 'noscript']);
  const parts: string[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node && skip.has(node.tagName)) return;
    if (node.nodeName === '#text' && 'value' in node) parts.push(node.value);
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
  };
  walk(parse(html));
  return parts.join('').replace(/\s+/g, ' ').trim();
}

export function stripRuntime(html: string): Stripped {
  const leftovers = streamingLeftovers(html);
  if (leftovers.length > 0) throw new Error(`streaming leftovers: ${leftovers.join(', ')}`);
  let removedScripts = 0;
  const withoutScripts = html.replace(SCRIPT, (tag: string, attributes: string) => {
    if (kept(attributes)) return tag;
    removedScripts += 1;
    return '';
  });
  const stripped = withoutScripts.replace(LINK, (tag) => (isScriptHint(tag) ? '' : tag));
  if (visibleText(stripped) !== visibleText(html)) throw new Error('visible text changed while stripping');
  return { html: stripped, removedScripts };
}

/** Files the client router would fetch (RSC payloads); with no runtime nothing requests them. */
export function isRscPayloadFile(fileName: string): boolean {
  return fileName === 'index.txt' || (fileName.startsWith('__next.') && fileName.endsWith('.txt'));
}

/** `/_next/…` paths a page or stylesheet still references (src, href, CSS url()). */
export function referencedNextAssets(text: string, base = '/'): string[] {
  const urls = [
    ...[...text.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!),
    ...[...text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)].map((m) => m[1]!),
  ];
  return urls
    .map((url) => new URL(url, `http://site${base}`).pathname)
    .filter((pathname) => pathname.startsWith('/_next/'));
}
