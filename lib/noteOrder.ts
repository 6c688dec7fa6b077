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
 * to `#note-N` whose text lists numbers and ranges ("6", "23–30", or "6, 23–30, 41" when
 * several scattered notes share one link); a range N–M stands for N, N+1 … M.
 */
export function noteMarksInHtml(html: string): number[] {
  return [...html.matchAll(/<a href="#note-\d+"[^>]*>([\d–, ]+)<\/a>/g)].flatMap((m) =>
    m[1]!.split(',').flatMap((part) => {
      const [first, last = first] = part.trim().split('–').map(Number) as [number, number?];
      return Array.from({ length: last - first + 1 }, (_, i) => first + i);
    }),
  );
}
