import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  computeSiteFigures,
  figuresMarkdown,
  FIGURES_END,
  FIGURES_START,
  replaceFiguresBlock,
} from '@/lib/build/siteFigures';

function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'site-figures-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  return root;
}

describe('site figures', () => {
  const root = tree({
    'out/index.html': '',
    'out/index.html.br': '',
    'out/states/fin/index.html': '',
    'out/404.html': '',
    'out/data/states.json': '',
    'content/sources/a.yaml': 'id: a\ntier: weak\n',
    'content/sources/b.yaml': 'id: b\ntier: primary\n',
    'content/sources/c.yaml': 'id: c\ntier: primary\n',
    'content/states/fin.yaml': 'iso: FIN\n',
    'content/data/figures/x.yaml': 'id: x\n',
    'content/data/dimensions.yaml': '[]\n',
    'content/README.md': '# not content\n',
    'tests/unit/a.test.ts': '',
    'tests/components/b.test.tsx': '',
    'tests/unit/fixtures.ts': '',
    'tests/e2e/c.spec.ts': '',
  });

  it('counts the pages and files the build wrote, content by folder and sources by tier, strongest first', () => {
    expect(computeSiteFigures(root, '2026-11-30')).toEqual({
      date: '2026-11-30',
      pages: 3,
      files: 4,
      content: { data: 1, 'data/figures': 1, sources: 3, states: 1 },
      sourcesByTier: { primary: 2, weak: 1 },
      unitTestFiles: 2,
      browserTestFiles: 1,
    });
  });

  it('says "not measured" rather than zero when there is no build', () => {
    fs.rmSync(path.join(root, 'out'), { recursive: true });
    const figures = computeSiteFigures(root, '2026-11-30');
    expect(figures.pages).toBeUndefined();
    expect(figuresMarkdown(figures)).toContain(
      '| pages built (`out/**/*.html`) | not measured (no `out/`: run `npm run build`) |',
    );
  });

  it('replaces only the block between the markers, and refuses a README without them', () => {
    const readme = `# Title\n\n${FIGURES_START}\nold\n${FIGURES_END}\n\nAfter.\n`;
    expect(replaceFiguresBlock(readme, 'NEW')).toBe('# Title\n\nNEW\n\nAfter.\n');
    expect(() => replaceFiguresBlock('# Title\n', 'NEW')).toThrow('README.md has no site-figures block');
  });
});
