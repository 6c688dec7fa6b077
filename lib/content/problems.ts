/** One thing wrong with the content, precise enough to fix without searching. */
export interface Problem {
  /** Path from the repository root, e.g. `content/states/fin.yaml`. */
  file: string;
  /** Dotted path of the field, e.g. `ottawa.withdrawalEffective`, or `body (line 12)`. */
  field: string;
  /** The offending value as found (undefined when the field is missing). */
  value: unknown;
  message: string;
}

const MAX_VALUE_LENGTH = 80;

function showValue(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.field}: ${p.message} (value: ${showValue(p.value)})`;
}

/** Stable order: by file, then field, so reruns are easy to compare. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.field.localeCompare(b.field, 'en', { numeric: true }));
}
