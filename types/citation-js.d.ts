/** The parts of citation-js this site uses (the packages ship no types). */
declare module '@citation-js/core' {
  export interface CslDate {
    'date-parts': [number, number?, number?][];
  }
  export interface CslItem {
    id: string;
    type: string;
    title?: string;
    author?: ({ literal: string } | { family: string; given?: string })[];
    'container-title'?: string;
    publisher?: string;
    URL?: string;
    issued?: CslDate;
    accessed?: CslDate;
    section?: string;
    [field: string]: unknown;
  }
  export interface BibtexEntry {
    type: string;
    label: string;
    properties: Record<string, string>;
  }
  export interface FormatOptions {
    format?: 'text' | 'html' | 'string' | 'object';
    template?: string;
    lang?: string;
  }
  export class Cite {
    constructor(data: unknown);
    data: CslItem[];
    /** BibTeX entries as citation-js maps them, before they are written out. */
    format(format: 'bibtex', options: { format: 'object' }): BibtexEntry[];
    format(format: 'bibliography' | 'bibtex' | 'ris' | 'data', options?: FormatOptions): string;
  }
  interface Registry {
    add(name: string, xml: string): void;
    set(name: string, xml: string): void;
    has(name: string): boolean;
  }
  export const plugins: {
    config: { get(name: '@csl'): { styles: Registry; locales: Registry } };
    /** Output dictionaries (`text`, `html`) that writers such as the BibTeX one take. */
    dict: { get(name: 'text' | 'html'): unknown };
  };
}
/** citation-js's own BibTeX writer, for entries in its object form (lib/citation/pageCitation.ts). */
declare module '@citation-js/plugin-bibtex/lib/output/bibtex.js' {
  import type { BibtexEntry } from '@citation-js/core';
  export function format(entries: BibtexEntry[], dict: unknown): string;
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
