import { describe, expect, it } from '@jest/globals';
import { noteRuns, runText } from '@/lib/noteRuns';

describe('noteRuns', () => {
  it('collapses the key-facts run [23][24][25][6][26]…[30] into "6" and "23–30"', () => {
    const runs = noteRuns([23, 24, 25, 6, 26, 27, 28, 29, 30]);
    expect(runs.map(runText)).toEqual(['6', '23–30']);
  });

  it('keeps one or two consecutive notes as separate marks', () => {
    expect(noteRuns([4]).map(runText)).toEqual(['4']);
    expect(noteRuns([7, 6]).map(runText)).toEqual(['6', '7']);
  });

  it('makes a range from three consecutive notes', () => {
    expect(noteRuns([3, 1, 2]).map(runText)).toEqual(['1–3']);
  });

  it('drops repeated numbers and keeps gaps apart', () => {
    expect(noteRuns([5, 5, 9, 10, 11, 2]).map(runText)).toEqual(['2', '5', '9–11']);
  });

  it('returns nothing for no notes', () => {
    expect(noteRuns([])).toEqual([]);
  });
});
