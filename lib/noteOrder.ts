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

/** Note numbers of the citation marks in a page's HTML, in document order. */
export function noteMarksInHtml(html: string): number[] {
  return [...html.matchAll(/<sup class="cite"><a href="#note-(\d+)"/g)].map((m) => Number(m[1]));
}
