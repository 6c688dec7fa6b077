/**
 * Checks one MDX body on its parsed tree (lib/mdx/outline.ts): that it parses; that every
 * component is one the site provides, with props its schema accepts and ids that exist; that
 * no HTML, attribute, expression or URL in it can run code; and that every link is an http(s)
 * URL or a page (and anchor) of this site. Pure: the caller gives what exists, and turns each
 * finding into a problem with the file and the line.
 */
import type { z } from 'zod';
import type { CasualtyRow } from '../content/schemas';
import { isMdxComponentName, mdxComponentNames, mdxComponentProps } from '../mdxComponents';
import { tryOutlineMdx, type ElementUse, type LinkUse, type MdxOutline } from './outline';

/** What a body may refer to. */
export interface BodyContext {
  /** The page the body renders on: relative links and bare `#fragments` resolve against it. */
  route?: string;
  routes: ReadonlySet<string>;
  /** The anchors of pages whose anchors are known before the build; other pages' fragments are left to the built-site link check. */
  anchors: ReadonlyMap<string, ReadonlySet<string>>;
  sources: ReadonlySet<string>;
  terms: ReadonlySet<string>;
  figures: ReadonlySet<string>;
  /** Rows of content/data/casualties.yaml, for `<CasualtyFigure>` and `<CivilianShareRange>`. */
  casualtyRows: readonly CasualtyRow[];
  /** Countries in content/data/casualties-latest.yaml, for `<CountryCasualties>`. */
  latestCountries: ReadonlySet<string>;
}

/** One thing wrong in a body: the line (1 = the body's first line), the value as written, why. */
export interface BodyFinding {
  line: number;
  value: unknown;
  message: string;
}

/** HTML an author may write in MDX: structure and phrasing only. */
const ALLOWED_ELEMENTS = new Set(
  'a abbr aside b blockquote br caption cite code data dd del details div dl dt em figcaption figure h2 h3 h4 h5 h6 hr i ins kbd li mark ol p pre q s section small span strong sub summary sup table tbody td tfoot th thead time tr u ul wbr'.split(
    ' ',
  ),
);
/** Elements that run code, load other documents or change how the page loads: named in the message. */
const CODE_ELEMENTS = new Set(
  'script iframe frame frameset object embed applet portal base link meta style template noscript form input button textarea select svg math'.split(
    ' ',
  ),
);
const CODE_ATTRIBUTES = new Set(['dangerouslysetinnerhtml', 'srcdoc']);

/** The scheme of a URL as a browser reads it (it ignores tabs, newlines and leading spaces). */
function schemeOf(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
}

const NOTE_ANCHOR = /^(?:note|cite)-\d+$/;

function checkLink(link: LinkUse, ctx: BodyContext, findings: BodyFinding[]) {
  const push = (message: string) => findings.push({ line: link.line, value: link.url, message });
  const scheme = schemeOf(link.url);
  if (scheme !== undefined) {
    if (scheme !== 'http' && scheme !== 'https')
      push(`is a ${scheme}: URL (${link.via}): links and images must be http(s) URLs or paths on this site`);
    return;
  }
  if (/^\s*[/\\]{2}/.test(link.url)) {
    push(`has no scheme (${link.via}): write an external address in full, with https://`);
    return;
  }
  if (link.via === 'image') return; // A file, not a page: the built-site link check finds missing files.
  const base = `https://site.invalid${ctx.route ?? '/'}`;
  const target = new URL(link.url, base);
  const path = decodeURI(target.pathname);
  const fragment = target.hash ? decodeURIComponent(target.hash.slice(1)) : '';
  if (!ctx.routes.has(path)) {
    push('links to a page the site does not have (internal links end with a slash)');
  } else if (fragment && NOTE_ANCHOR.test(fragment)) {
    push(
      `links to a note number, which changes whenever ${path} cites something new: link to the source on /sources/ instead`,
    );
  } else if (fragment) {
    const known = ctx.anchors.get(path);
    if (known && !known.has(fragment)) push(`links to an anchor that ${path} does not have`);
  }
}

function checkElement(element: ElementUse, findings: BodyFinding[]) {
  const { name, line } = element;
  if (CODE_ELEMENTS.has(name.toLowerCase())) {
    findings.push({
      line,
      value: name,
      message: `<${name}> can run code or load content from elsewhere: MDX bodies may not contain it`,
    });
  } else if (!ALLOWED_ELEMENTS.has(name)) {
    findings.push({
      line,
      value: name,
      message: `is not an HTML element MDX may use (${[...ALLOWED_ELEMENTS].join(', ')})`,
    });
  }
  for (const [prop, value] of Object.entries(element.props)) {
    const key = prop.toLowerCase();
    if (key.startsWith('on') || CODE_ATTRIBUTES.has(key)) {
      findings.push({
        line,
        value,
        message: `<${name} ${prop}> runs code: MDX bodies may not contain event handlers or injected HTML`,
      });
    } else if (key === 'style') {
      findings.push({
        line,
        value,
        message: `<${name} style> is an inline style, which the Content-Security-Policy blocks: use a class`,
      });
    }
  }
}

/** Turns a component's zod issues into findings naming the component, the prop and its value. */
function propFindings(
  element: ElementUse,
  accepted: readonly string[],
  issues: readonly z.core.$ZodIssue[],
): BodyFinding[] {
  const { name, props, line } = element;
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        line,
        value: props[key],
        message: `<${name} ${key}> is not a prop of ${name} (${accepted.length ? `it takes ${accepted.join(', ')}` : 'it takes none'})`,
      }));
    }
    const prop = String(issue.path[0] ?? '');
    const value = props[prop];
    const message = value === undefined ? 'is required' : value === true ? 'needs a value' : issue.message;
    return [{ line, value, message: `<${name} ${prop}> ${message}` }];
  });
}

/** Ids a component names that must exist in the content (its props already passed its schema). */
function referenceFindings(element: ElementUse, ctx: BodyContext): BodyFinding[] {
  const { name, props, line } = element;
  const at = (value: unknown, message: string): BodyFinding[] => [{ line, value, message }];
  switch (name) {
    case 'Cite':
    case 'Quote': {
      const { source } = mdxComponentProps[name].parse(props);
      return ctx.sources.has(source) ? [] : at(source, 'cites a source that does not exist in content/sources/');
    }
    case 'Term': {
      const { id } = mdxComponentProps.Term.parse(props);
      return ctx.terms.has(id) ? [] : at(id, 'refers to a glossary term that does not exist in content/glossary/');
    }
    case 'Stat': {
      const { id } = mdxComponentProps.Stat.parse(props);
      return ctx.figures.has(id) ? [] : at(id, 'refers to a figure that does not exist in content/data/figures/');
    }
    case 'CasualtyFigure': {
      const { year, field } = mdxComponentProps.CasualtyFigure.parse(props);
      const row = ctx.casualtyRows.find((r) => r.year === Number(year));
      if (!row) return at(year, '<CasualtyFigure year> has no row in content/data/casualties.yaml');
      return row[field] === undefined
        ? at(field, `<CasualtyFigure field> has no value for ${year} in content/data/casualties.yaml`)
        : [];
    }
    case 'CivilianShareRange': {
      const { from } = mdxComponentProps.CivilianShareRange.parse(props);
      return ctx.casualtyRows.some((r) => r.year >= Number(from) && r.civilianPercent !== undefined)
        ? []
        : at(from, '<CivilianShareRange from> has no civilian share from that year on in content/data/casualties.yaml');
    }
    case 'CountryCasualties': {
      const { iso } = mdxComponentProps.CountryCasualties.parse(props);
      return ctx.latestCountries.has(iso)
        ? []
        : at(iso, '<CountryCasualties iso> is not a country in content/data/casualties-latest.yaml');
    }
    default:
      return [];
  }
}

function checkComponent(element: ElementUse, ctx: BodyContext, findings: BodyFinding[]) {
  const { name, line } = element;
  if (!isMdxComponentName(name)) {
    findings.push({ line, value: name, message: `is not a component MDX may use (${mdxComponentNames.join(', ')})` });
    return;
  }
  // A spread hides which props are given, and a computed prop is reported as such: no second finding.
  if (element.computed.includes('{...}')) return;
  const schema = mdxComponentProps[name];
  const parsed = schema.safeParse(element.props);
  if (parsed.success) findings.push(...referenceFindings(element, ctx));
  else {
    const issues = parsed.error.issues.filter((issue) => !element.computed.includes(String(issue.path[0])));
    findings.push(...propFindings(element, Object.keys(schema.shape), issues));
  }
}

function checkOutline(outline: MdxOutline, ctx: BodyContext): BodyFinding[] {
  const findings: BodyFinding[] = [];
  for (const component of outline.components) checkComponent(component, ctx, findings);
  for (const element of outline.elements) checkElement(element, findings);
  for (const { element, prop, source, line } of outline.expressions) {
    findings.push({
      line,
      value: source,
      message: `<${element} ${prop}> is an expression, which runs code when the page is built: write a quoted value ("…", '…' or {"…"})`,
    });
  }
  for (const { kind, source, line } of outline.code) {
    const what =
      kind === 'esm'
        ? 'an import or export'
        : kind === 'html'
          ? 'raw HTML'
          : 'an expression ({…}; a {/* comment */} is allowed)';
    findings.push({
      line,
      value: source,
      message: `is ${what}, which runs code when the page is built: MDX bodies may not contain it`,
    });
  }
  for (const link of outline.links) checkLink(link, ctx, findings);
  return findings.sort((a, b) => a.line - b.line);
}

/** Every problem in one MDX body, in line order. */
export function checkMdxBody(body: string, ctx: BodyContext): BodyFinding[] {
  const result = tryOutlineMdx(body);
  if (!result.ok) {
    const { line, reason } = result.error;
    // The parser's own positions count from the body, not the file: the field gives the file's line.
    const message = `is not valid MDX: ${reason.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '')}`;
    return [{ line, value: body.split('\n')[line - 1]?.trim(), message }];
  }
  return checkOutline(result.outline, ctx);
}
