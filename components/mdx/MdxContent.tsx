/**
 * Renders an MDX body with the site's content components. Components are named for what
 * the content means (see content/README.md for which to use when).
 */
import { isValidElement, type ReactNode } from 'react';
import { headingId, plainHeading } from '@/lib/contents';
import { CiteMark } from '@/components/citations/CiteMark';
import { Stat } from '@/components/facts/Stat';
import type { Notes } from '@/lib/citations';
import { getFigure, getSource, getTerm } from '@/lib/content';
import { mdxComponentFrom } from '@/lib/mdx';
import type { MdxComponentName } from '@/lib/mdxComponents';
import { PartiesCountHistory } from '@/components/data/PartiesCountHistory';
import { ApiiPartiesCount } from '@/components/facts/ApiiPartiesCount';
import { CasualtyChart, CasualtyTable, ContaminationTable, LatestYear } from '@/components/data/RiskData';
import { WithdrawalsTable } from '@/components/data/WithdrawalsTable';
import { CasualtyFigure, CivilianShareRange, CountryCasualties } from '@/components/data/CasualtyNumbers';
import type { CasualtyField } from '@/lib/riskData';
import { paths, termAnchor } from '@/lib/routes';
import { messages, type Locale } from '@/lib/i18n';
import { linksToEnglish } from '@/lib/i18n/links';

/**
 * The components bound to a page's notes and language: in a French or Spanish page, numbers,
 * dates, statuses and labels render in that language, and terms link to that edition's glossary.
 */
function componentsFor(
  notes: Notes,
  locale: Locale,
  termDefinition: (id: string) => string,
  termHref: (id: string) => string,
): Record<MdxComponentName, (props: never) => ReactNode> {
  return {
    /** A note mark citing a source, with an optional pinpoint. */
    Cite: ({ source, pin }: { source: string; pin?: string }) => (
      <CiteMark notes={notes} cite={{ source, pin }} locale={locale} />
    ),
    /** An exact quotation (treaty text, a statement), marked as such, with its source. */
    Quote: ({ source, pin, by, children }: { source: string; pin?: string; by?: string; children: ReactNode }) => (
      <figure className="quotation">
        <blockquote cite={getSource(source).url}>{children}</blockquote>
        <figcaption>
          {by ? `${by}, ` : ''}
          {pin ? `${pin}, ` : ''}
          <cite data-pagefind-ignore="">{getSource(source).title}</cite>
          <CiteMark notes={notes} cite={{ source, pin }} locale={locale} />
        </figcaption>
      </figure>
    ),
    /** A glossary term, linked to its definition. */
    Term: ({ id, children }: { id: string; children?: ReactNode }) => (
      <a className="term" href={termHref(id)} title={termDefinition(id)}>
        {children ?? getTerm(id).term}
      </a>
    ),
    /** A number from content/data/figures, with unit, "as of" date and sources. */
    Stat: ({ id }: { id: string }) => <Stat figure={getFigure(id)} notes={notes} locale={locale} />,
    /** An editorial aside: a caveat, a disagreement between sources. */
    Note: ({ title, children }: { title?: string; children: ReactNode }) => (
      <aside className="note" aria-label={title ?? messages(locale).note}>
        {title && <p className="note-title">{title}</p>}
        {children}
      </aside>
    ),
    // Data components: tables, charts and numbers computed from content/data.
    WithdrawalsTable: () => <WithdrawalsTable notes={notes} locale={locale} />,
    PartiesCountHistory: () => <PartiesCountHistory notes={notes} locale={locale} />,
    ApiiPartiesCount: () => <ApiiPartiesCount notes={notes} />,
    CasualtyChart: () => <CasualtyChart notes={notes} />,
    CasualtyTable: () => <CasualtyTable notes={notes} />,
    LatestYear: () => <LatestYear notes={notes} />,
    ContaminationTable: () => <ContaminationTable notes={notes} />,
    CasualtyFigure: ({ year, field }: { year: string; field: CasualtyField }) => (
      <CasualtyFigure year={year} field={field} notes={notes} />
    ),
    CountryCasualties: ({ iso }: { iso: string }) => <CountryCasualties iso={iso} notes={notes} />,
    CivilianShareRange: ({ from }: { from: string }) => <CivilianShareRange from={from} notes={notes} />,
  };
}

/** The words of rendered heading children, for its id (the same text lib/contents reads from the source). */
function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return '';
}

/**
 * Links in a French or Spanish body: one to an unprefixed path goes to the English site (the
 * prose says so in words, "(en anglais)"), so it carries `hreflang="en"` for browsers and
 * assistive technology.
 */
const linkIn =
  (locale: Locale) =>
  ({ href, children }: { href?: string; children: ReactNode }) => (
    <a href={href} hrefLang={href && linksToEnglish(href, locale) ? 'en' : undefined}>
      {children}
    </a>
  );

/** Section headings carry the ids the page's contents list links to (lib/contents.ts). */
const headings = {
  h2: ({ children }: { children: ReactNode }) => <h2 id={headingId(plainHeading(textOf(children)))}>{children}</h2>,
  h3: ({ children }: { children: ReactNode }) => <h3 id={headingId(plainHeading(textOf(children)))}>{children}</h3>,
};

export function MdxContent({
  code,
  notes,
  locale = 'en',
  termDefinition = (id) => getTerm(id).definition,
  termHref = (id) => `${paths.glossary}#${termAnchor(id)}`,
}: {
  code: string;
  notes: Notes;
  locale?: Locale;
  /** A term's definition in the page's language (its hover title). */
  termDefinition?: (id: string) => string;
  /** Where a term links: this edition's glossary, or the English one for a term not yet translated. */
  termHref?: (id: string) => string;
}) {
  const Content = mdxComponentFrom(code);
  const links = locale === 'en' ? {} : { a: linkIn(locale) };
  return (
    <Content
      components={{ ...componentsFor(notes, locale, termDefinition, termHref), ...headings, ...links } as never}
    />
  );
}
