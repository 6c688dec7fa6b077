import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkBuiltLinks } from '@/lib/build/linkCheck';

function site(files: Record<string, string>) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'link-check-'));
  for (const [rel, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), body);
  }
  return root;
}

describe('checkBuiltLinks', () => {
  it('accepts pages, files, relative links and fragments that exist', () => {
    const root = site({
      'index.html':
        '<a href="/states/#top">s</a><a href="data/x.csv">d</a><link rel="stylesheet" href="/a.css"><a href="#m">m</a><p id="m">',
      'states/index.html': '<h1 id="top">States</h1><a href="../">home</a><a href="https://example.org/">out</a>',
      'data/x.csv': 'a,b',
      'a.css': '',
    });
    expect(checkBuiltLinks(root)).toEqual([]);
  });

  it('names the page, the reference and why for each broken one', () => {
    const root = site({
      'index.html': '<a href="/nope/">x</a><a href="/states/#missing">y</a><script src="/gone.js"></script>',
      'states/index.html': '<h1 id="top">States</h1>',
    });
    expect(checkBuiltLinks(root)).toEqual([
      'index.html → /nope/ (a[href]: no such file)',
      'index.html → /states/#missing (no element #missing)',
      'index.html → /gone.js (script[src]: no such file)',
    ]);
  });
});
