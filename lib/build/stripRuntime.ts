/**
 * Takes the framework's client runtime out of a prerendered page.
 *
 * Every page here is a server component rendered once at build time; nothing on the client
 * needs React. Next still ships its runtime (about 170 KB gzip) and a second copy of the page
 * as an RSC payload inline in <script> tags (over half the HTML), only to hydrate markup that
 * never changes. The few interactive parts are plain scripts under /islands/, which are kept.
 * What is removed: every <script> not under /islands/ (JSON-LD data blocks stay), and script preload hints.
 */
const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/g;
const LINK = /<link\b[^>]*>/g;
const isScriptHint = (tag: string) =>
  /\brel="modulepreload"/.test(tag) || (/\brel="preload"/.test(tag) && /\bas="script"/.test(tag));
const ISLAND_SRC = /\bsrc="\/islands\/[^"]+"/;
/** Structured data (schema.org JSON-LD) is data for search engines, not code: it stays. */
const JSON_LD = /\btype="application\/ld\+json"/;

export interface Stripped {
  html: string;
  removedScripts: number;
}

export function stripRuntime(html: string): Stripped {
  let removedScripts = 0;
  const withoutScripts = html.replace(SCRIPT, (tag: string, attributes: string) => {
    if (ISLAND_SRC.test(attributes) || JSON_LD.test(attributes)) return tag;
    removedScripts += 1;
    return '';
  });
  return { html: withoutScripts.replace(LINK, (tag) => (isScriptHint(tag) ? '' : tag)), removedScripts };
}

/** Files the client router would fetch (RSC payloads); with no runtime nothing requests them. */
export function isRscPayloadFile(fileName: string): boolean {
  return fileName === 'index.txt' || (fileName.startsWith('__next.') && fileName.endsWith('.txt'));
}
