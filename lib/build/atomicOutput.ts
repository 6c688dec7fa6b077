/**
 * Building into a staging folder and replacing the published folder (out/) only once every
 * step has passed. A failed step, or a build killed at any point, leaves out/ as it was: the
 * staging folder is thrown away at the next start. The one window where out/ is briefly
 * missing (between two renames) is recovered from out.previous/ at the next start.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface BuildPaths {
  /** The published folder, e.g. <project>/out. */
  out: string;
  /** Where the build writes; must be on the same file system as out (rename). */
  staging: string;
  /** The old out/ during the swap. */
  previous: string;
}

export function buildPaths(projectDir: string, outName = 'out'): BuildPaths {
  return {
    out: path.join(projectDir, outName),
    staging: path.join(projectDir, `.${outName}-staging`),
    previous: path.join(projectDir, `${outName}.previous`),
  };
}

/** Undoes what an interrupted build left: restores out/ if a swap was cut short, drops staging. */
export function recoverInterruptedBuild(paths: BuildPaths): void {
  if (!fs.existsSync(paths.out) && fs.existsSync(paths.previous)) fs.renameSync(paths.previous, paths.out);
  fs.rmSync(paths.previous, { recursive: true, force: true });
  fs.rmSync(paths.staging, { recursive: true, force: true });
}

/** Puts the finished staging folder in place of out/ (two renames), then deletes the old one. */
export function publishStaging(paths: BuildPaths): void {
  if (!fs.statSync(paths.staging).isDirectory()) throw new Error(`${paths.staging} is not a folder`);
  fs.rmSync(paths.previous, { recursive: true, force: true });
  const hadOut = fs.existsSync(paths.out);
  if (hadOut) fs.renameSync(paths.out, paths.previous);
  try {
    fs.renameSync(paths.staging, paths.out);
  } catch (error) {
    if (hadOut) fs.renameSync(paths.previous, paths.out);
    throw error;
  }
  fs.rmSync(paths.previous, { recursive: true, force: true });
}

export interface BuildStep {
  name: string;
  /** Runs the step; it writes (if at all) into the staging folder it is given. */
  run: (staging: string) => Promise<void> | void;
}

export interface StepTiming {
  name: string;
  seconds: number;
}

/**
 * Runs the steps in order against a fresh staging folder and publishes it only if all pass.
 * On failure the staging folder is removed and the error rethrown; out/ is untouched.
 */
export async function runAtomicBuild(
  paths: BuildPaths,
  steps: readonly BuildStep[],
  onStep: (timing: StepTiming) => void = () => {},
): Promise<StepTiming[]> {
  recoverInterruptedBuild(paths);
  const timings: StepTiming[] = [];
  try {
    for (const step of steps) {
      const started = performance.now();
      await step.run(paths.staging);
      const timing = { name: step.name, seconds: (performance.now() - started) / 1000 };
      timings.push(timing);
      onStep(timing);
    }
    publishStaging(paths);
  } catch (error) {
    fs.rmSync(paths.staging, { recursive: true, force: true });
    throw error;
  }
  return timings;
}
