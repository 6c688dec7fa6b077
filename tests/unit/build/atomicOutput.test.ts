import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildPaths, publishStaging, recoverInterruptedBuild, runAtomicBuild } from '@/lib/build/atomicOutput';

function project() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atomic-build-'));
  const paths = buildPaths(dir);
  fs.mkdirSync(paths.out);
  fs.writeFileSync(path.join(paths.out, 'index.html'), 'old site');
  return paths;
}
const read = (dir: string, file = 'index.html') => fs.readFileSync(path.join(dir, file), 'utf8');
const writeStaging = (staging: string, text: string) => {
  fs.mkdirSync(staging, { recursive: true });
  fs.writeFileSync(path.join(staging, 'index.html'), text);
};

describe('runAtomicBuild', () => {
  it('replaces out/ with what the steps wrote once every step has passed', async () => {
    const paths = project();
    const timings = await runAtomicBuild(paths, [
      { name: 'export', run: (staging) => writeStaging(staging, 'new site') },
      { name: 'check', run: () => {} },
    ]);
    expect(read(paths.out)).toBe('new site');
    expect(timings.map((t) => t.name)).toEqual(['export', 'check']);
    expect(fs.existsSync(paths.staging)).toBe(false);
    expect(fs.existsSync(paths.previous)).toBe(false);
  });

  it('leaves the previous out/ whole when a later step fails, and removes the half-built folder', async () => {
    const paths = project();
    await expect(
      runAtomicBuild(paths, [
        { name: 'export', run: (staging) => writeStaging(staging, 'half-built') },
        {
          name: 'link check',
          run: () => {
            throw new Error('2 broken links');
          },
        },
      ]),
    ).rejects.toThrow('2 broken links');
    expect(read(paths.out)).toBe('old site');
    expect(fs.readdirSync(paths.out)).toEqual(['index.html']);
    expect(fs.existsSync(paths.staging)).toBe(false);
  });
});

describe('recoverInterruptedBuild', () => {
  it('drops what a killed build left in staging and keeps out/', () => {
    const paths = project();
    writeStaging(paths.staging, 'killed half way');
    recoverInterruptedBuild(paths);
    expect(read(paths.out)).toBe('old site');
    expect(fs.existsSync(paths.staging)).toBe(false);
  });

  it('restores out/ when a build was killed between the two renames of the swap', () => {
    const paths = project();
    fs.renameSync(paths.out, paths.previous);
    writeStaging(paths.staging, 'unpublished');
    recoverInterruptedBuild(paths);
    expect(read(paths.out)).toBe('old site');
    expect(fs.existsSync(paths.previous)).toBe(false);
  });
});

describe('publishStaging', () => {
  it('publishes into a project that had no out/ yet', () => {
    const paths = project();
    fs.rmSync(paths.out, { recursive: true });
    writeStaging(paths.staging, 'first build');
    publishStaging(paths);
    expect(read(paths.out)).toBe('first build');
  });
});
