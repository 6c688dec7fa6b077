import { describe, expect, it } from '@jest/globals';
import { noteMarksInHtml, noteOrderProblem } from '@/lib/noteOrder';

describe('noteOrderProblem', () => {
  it('accepts notes first used in order, reused at will', () => {
    expect(noteOrderProblem([1, 2, 1, 3, 2, 4])).toBeNull();
    expect(noteOrderProblem([])).toBeNull();
  });
  it('names the first mark that skips ahead (the /civilian-risk/ defect: [57] before [37])', () => {
    expect(noteOrderProblem([1, 2, 4, 3])).toBe('mark 3 is [4], first use of a new note, but [3] comes next');
  });
});

describe('noteMarksInHtml', () => {
  it('reads the marks CiteMark renders, in document order, ranges expanded', () => {
    const html =
      '<p>a<sup class="cite">[<a href="#note-2" id="cite-2" aria-label="Source 2">2</a>]</sup>' +
      ' b<sup class="cite">[<a href="#note-1" aria-label="Source 1">1</a>, ' +
      '<a href="#note-3" aria-label="Sources 3–5">3–5</a>]</sup>' +
      ' c<sup class="cite">[<a href="#note-6" aria-label="Sources 6, 9–11, 14">6, 9–11, 14</a>]</sup></p>';
    expect(noteMarksInHtml(html)).toEqual([2, 1, 3, 4, 5, 6, 9, 10, 11, 14]);
  });
});
