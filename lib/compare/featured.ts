/** The pairs readers ask about most, linked from the home page and the matrix (ids fixed). */
export const FEATURED_PAIRS: readonly (readonly [string, string])[] = [
  ['ottawa', 'us-2022-policy'],
  ['us-2022-policy', 'us-2024-ukraine-transfer'],
  ['ottawa', 'ccw-amended-protocol-ii'],
  ['us-2020-policy', 'us-2022-policy'],
];
