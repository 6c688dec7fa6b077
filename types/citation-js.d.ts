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
  export interface FormatOptions {
    format?: 'text' | 'html' | 'string' | 'object';
    template?: string;
    lang?: string;
  }
  export class Cite {
    constructor(data: unknown);
    data: CslItem[];
    format(format: 'bibliography' | 'bibtex' | 'ris' | 'data', options?: FormatOptions): string;
  }
  export const plugins: {
    config: { get(name: '@csl'): { styles: { add(name: string, xml: string): void; has(name: string): boolean } } };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
