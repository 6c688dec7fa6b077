/**
 * schema.org JSON-LD for each kind of page: the treaty and its articles as Legislation,
 * explainers as Article, the open data as Dataset, question pages as FAQPage. Pages render
 * the result with components/metadata/JsonLd; the build keeps these data blocks when it
 * strips the framework runtime (lib/build/stripRuntime.ts).
 */
import type { PageFacts } from './pageMetadata';
import { firstPublished, shareImagePath } from './pageMetadata';
import { SITE_URL, absoluteUrl } from './site';
import { siteNameForPath } from './i18n/siteName';

export type JsonLdNode = Record<string, unknown>;

/** The site as author and publisher, under the name of the page's edition (lib/i18n/siteName.ts). */
const publisher = (path = '/') => ({ '@type': 'Organization', name: siteNameForPath(path), url: `${SITE_URL}/` });
const LICENCE = 'https://creativecommons.org/licenses/by/4.0/';

function common(facts: PageFacts) {
  return {
    name: facts.title,
    headline: facts.title,
    description: facts.description,
    url: absoluteUrl(facts.path),
    mainEntityOfPage: absoluteUrl(facts.path),
    inLanguage: facts.language ?? 'en-GB',
    datePublished: firstPublished(facts),
    dateModified: facts.reviewed,
    image: absoluteUrl(shareImagePath(facts.family)),
    author: publisher(facts.path),
    publisher: publisher(facts.path),
  };
}

/** An explainer, a state page, a comparison: an Article with its review dates. */
export function articleLd(facts: PageFacts): JsonLdNode {
  return { '@context': 'https://schema.org', '@type': 'Article', ...common(facts), license: LICENCE };
}

/** A listing or reference page (sources, glossary, search). */
export function webPageLd(facts: PageFacts): JsonLdNode {
  return { '@context': 'https://schema.org', '@type': 'WebPage', ...common(facts), license: LICENCE };
}

export interface LegislationFacts {
  /** The instrument's full title and short title. */
  legislationName: string;
  alternateName?: string;
  /** Date adopted (legislationDate) and in force, YYYY-MM-DD. */
  adopted?: string;
  inForce?: string;
  /** The article (e.g. "Article 5"), when the page is one provision of the instrument. */
  provision?: { label: string; parentPath: string };
  /** Where the authoritative text is published. */
  textUrl?: string;
}

/**
 * The treaty (or one of its articles) as schema.org Legislation. The page is our presentation
 * of it, so the Legislation is what the page is about, with the page as its WebPage.
 */
export function legislationLd(facts: PageFacts, law: LegislationFacts): JsonLdNode {
  const legislation: JsonLdNode = {
    '@type': 'Legislation',
    name: law.provision ? `${law.legislationName}, ${law.provision.label}` : law.legislationName,
    ...(law.alternateName ? { alternateName: law.alternateName } : {}),
    legislationType: law.provision ? 'Treaty article' : 'Treaty',
    ...(law.adopted ? { legislationDate: law.adopted } : {}),
    ...(law.inForce ? { legislationDateOfApplicability: law.inForce } : {}),
    ...(law.textUrl ? { sameAs: law.textUrl } : {}),
    ...(law.provision
      ? { isPartOf: { '@type': 'Legislation', name: law.legislationName, url: absoluteUrl(law.provision.parentPath) } }
      : {}),
    inLanguage: 'en',
    url: absoluteUrl(facts.path),
  };
  return { '@context': 'https://schema.org', '@type': 'WebPage', ...common(facts), about: legislation };
}

export interface DatasetFile {
  name: string;
  description: string;
  path: string;
  encodingFormat: string;
}

/** The open data downloads as one Dataset with a distribution per file. */
export function datasetLd(facts: PageFacts, files: readonly DatasetFile[]): JsonLdNode {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    ...common(facts),
    creator: publisher(),
    license: LICENCE,
    isAccessibleForFree: true,
    distribution: files.map((f) => ({
      '@type': 'DataDownload',
      name: f.name,
      description: f.description,
      contentUrl: absoluteUrl(f.path),
      encodingFormat: f.encodingFormat,
    })),
  };
}

export interface FaqEntry {
  question: string;
  /** Plain-text answer (no markup). */
  answer: string;
  /** Where the full answer lives, e.g. `/answers/#us-party`. */
  path?: string;
}

/** Questions and answers as schema.org FAQPage (used by the quick-answers page). */
export function faqPageLd(facts: PageFacts, entries: readonly FaqEntry[]): JsonLdNode {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    ...common(facts),
    mainEntity: entries.map((e) => ({
      '@type': 'Question',
      name: e.question,
      acceptedAnswer: { '@type': 'Answer', text: e.answer, ...(e.path ? { url: absoluteUrl(e.path) } : {}) },
    })),
  };
}

/** JSON for a <script> data block: `<` escaped so no string in the data can close the tag. */
export function serialiseJsonLd(node: JsonLdNode): string {
  return JSON.stringify(node).replace(/</g, '\\u003c');
}
