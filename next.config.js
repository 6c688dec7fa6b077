// @ts-check
/**
 * Static export: `next build` writes a self-contained site to `out/` that any static
 * host or CDN can serve as it is (an NGO can mirror the whole reference).
 * Contentlayer is run as its own step (`npm run content`) before `next build`:
 * next-contentlayer2's webpack hook breaks Turbopack builds in Next 16.
 *
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  output: 'export',
  // /treaties/ottawa/ -> out/treaties/ottawa/index.html: works on every static host.
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  // One root layout per language (app/(en), app/[locale]): the 404 page for unknown addresses
  // brings its own <html> (app/global-not-found.tsx).
  experimental: { globalNotFound: true },
  // scripts/build.ts exports into a staging folder and swaps it in as out/ only when every
  // step has passed (Next writes the export to a custom distDir; its build files stay in .next).
  ...(process.env.NEXT_EXPORT_DIR ? { distDir: process.env.NEXT_EXPORT_DIR } : {}),
};

module.exports = nextConfig;
