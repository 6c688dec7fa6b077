import { expect, test } from '@playwright/test';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { OUT_DIR, builtRoutes } from './builtSite';

/**
 * Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.json says
 * which rules are off and why). Invalid markup is what assistive technology and browsers
 * repair differently: landmarks read twice, forms with no way to submit, styles in the body.
 */
test('every built page passes html-validate', async () => {
  test.setTimeout(300_000);
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = [
    ...builtRoutes().map((route) => path.join(OUT_DIR, route, 'index.html')),
    path.join(OUT_DIR, '404.html'),
  ];
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) {
        problems.push(`${path.relative(OUT_DIR, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
  }
  expect(problems).toEqual([]);
});
