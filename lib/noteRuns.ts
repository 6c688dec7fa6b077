/**
 * Note marks for one statement, grouped so that a run of consecutive note numbers reads as
 * one range ("[23–30]") instead of a row of marks. Pure, so the grouping is tested apart
 * from the rendering (components/citations/CiteMark.tsx).
 */

export interface NoteRun {
  first: number;
  last: number;
}

/** Consecutive numbers shorter than this stay separate marks ("[6, 7]", not "[6–7]"). */
const MIN_RANGE = 3;

/**
 * The note numbers as ascending runs of consecutive numbers, duplicates dropped:
 * [23, 24, 25, 6, 26] → 6, 23–26. Sorting is safe because the numbers are only references:
 * the reader follows each to its own entry in the list.
 */
export function noteRuns(numbers: readonly number[]): NoteRun[] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: NoteRun[] = [];
  for (const n of sorted) {
    const last = runs.at(-1);
    if (last && n === last.last + 1) last.last = n;
    else runs.push({ first: n, last: n });
  }
  return runs.flatMap((run) =>
    run.last - run.first + 1 >= MIN_RANGE
      ? [run]
      : Array.from({ length: run.last - run.first + 1 }, (_, i) => ({ first: run.first + i, last: run.first + i })),
  );
}

/** How a run is written inside the brackets: "6", or "23–30" for a range. */
export function runText(run: NoteRun): string {
  return run.first === run.last ? String(run.first) : `${run.first}–${run.last}`;
}
