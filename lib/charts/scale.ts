/**
 * Chart geometry, computed at build time: linear scales and "nice" axis ticks. Pure, so the
 * charts are plain SVG and the numbers behind them are testable.
 */

/** A step of 1, 2 or 5 × 10^n giving about `count` ticks up to at least `max`. */
export function niceTicks(max: number, count = 5): number[] {
  if (max <= 0) return [0];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => Number((i * step).toFixed(10)));
}

/** Maps [0, domainMax] onto [rangeStart, rangeEnd] (either direction). */
export function linear(domainMax: number, rangeStart: number, rangeEnd: number) {
  return (value: number) => rangeStart + (domainMax === 0 ? 0 : (value / domainMax) * (rangeEnd - rangeStart));
}
