import { serialiseJsonLd, type JsonLdNode } from '@/lib/jsonLd';

/**
 * A schema.org JSON-LD data block. It is data, not code: allowed by the site's CSP and kept
 * by the build's runtime stripping.
 */
export function JsonLd({ data }: { data: JsonLdNode }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serialiseJsonLd(data) }} />;
}
