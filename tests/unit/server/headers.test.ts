import { describe, expect, it } from '@jest/globals';
import {
  EMBED_HEADERS,
  PAGE_HEADERS,
  cacheControl,
  netlifyHeadersFile,
  nginxHeadersSnippet,
  securityHeaders,
} from '@/lib/server/headers';

describe('security headers', () => {
  it('allow no inline code or styles and no other origin', () => {
    const csp = PAGE_HEADERS['Content-Security-Policy']!;
    // 'wasm-unsafe-eval' (Pagefind's WebAssembly) is allowed; JavaScript eval is not.
    expect(csp.replace("'wasm-unsafe-eval'", '')).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(csp).toMatch(/script-src 'self'( 'wasm-unsafe-eval')?;/);
    expect(csp).toContain("style-src 'self'");
  });

  it('let other sites frame embed pages only', () => {
    expect(securityHeaders('/states/')['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(securityHeaders('/embed/casualties/')).toBe(EMBED_HEADERS);
    expect(EMBED_HEADERS['Content-Security-Policy']).toContain('frame-ancestors *');
    expect(securityHeaders('/states/map.svg')['Content-Security-Policy']).toContain("frame-ancestors 'self'");
    expect(securityHeaders('/states/map/1999.svg')['Content-Security-Policy']).toContain("frame-ancestors 'self'");
    expect(securityHeaders('/states/mapping/')['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });

  it('cache hashed assets for a year and everything else briefly', () => {
    expect(cacheControl('/_next/static/css/a1b2.css')).toContain('immutable');
    expect(cacheControl('/states/')).not.toContain('immutable');
  });

  it('write the same policy for static hosts and nginx', () => {
    const csp = PAGE_HEADERS['Content-Security-Policy']!;
    expect(netlifyHeadersFile()).toContain(`/*\n  X-Content-Type-Options: nosniff`);
    expect(netlifyHeadersFile()).toContain(`Content-Security-Policy: ${csp}`);
    expect(netlifyHeadersFile()).toContain(`/embed/*\n  ! X-Frame-Options`);
    expect(nginxHeadersSnippet()).toContain(`add_header Content-Security-Policy "${csp}" always;`);
    expect(nginxHeadersSnippet()).toContain(
      `add_header Content-Security-Policy "${EMBED_HEADERS['Content-Security-Policy']}" always;`,
    );
  });
});
