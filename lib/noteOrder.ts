/**
 * Notes are numbered by first use, so on a page the first appearance of each note mark must
 * read 1, 2, 3 … N. Returns the first place where it does not (or null when in order), for
 * the check over every built page.
 */
export function noteOrderProblem(marks: readonly number[]): string | null {
  const seen = new Set<number>();
  for (const [index, n] of marks.entries()) {
    if (seen.has(n)) continue;
    const expected = seen.size + 1;
    if (n !== expected) return `mark ${index + 1} is [${n}], first use of a new note, but [${expected}] comes next`;
    seen.add(n);
  }
  return null;
}

/**
 * Note numbers of the citation marks in a page's HTML, in document order. A mark is a link
 * to `#note-N` whose text is the number, or a range "N–M" standing for N, N+1 … M.
 */
export function noteMarksInHtml(html: string): number[] {
  return [...html.matchAll(/<a href="#note-(\d+)"[^>]*>(\d+)(?:–(\d+))?<\/a>/g)].flatMap((m) => {
    const first = Number(m[2]);
    const last = m[3] === undefined ? first : Number(m[3]);
    return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  });
}
