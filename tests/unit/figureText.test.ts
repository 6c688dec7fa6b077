import { describe, expect, it } from '@jest/globals';
import { figureTokenIds, fillFigureTokens, formatFigure, formatFigureNumber } from '@/lib/figureText';

const mines = (value: number) => ({ value, unit: { one: 'mine', other: 'mines' } });

describe('formatFigureNumber', () => {
  it('groups thousands and keeps every digit of a number that is not round', () => {
    expect(formatFigureNumber(9437)).toBe('9,437');
    expect(formatFigureNumber(560000)).toBe('560,000');
    expect(formatFigureNumber(1234567)).toBe('1,234,567');
  });
  it('writes round millions and billions in words, as sources do', () => {
    expect(formatFigureNumber(5_600_000)).toBe('5.6 million');
    expect(formatFigureNumber(4_200_000_000)).toBe('4.2 billion');
    expect(formatFigureNumber(55_000_000)).toBe('55 million');
  });
  it('keeps decimals', () => {
    expect(formatFigureNumber(99.9)).toBe('99.9');
  });
});

describe('formatFigure', () => {
  it('uses the singular only for exactly one', () => {
    expect(formatFigure(mines(1))).toBe('1 mine');
    expect(formatFigure(mines(3_300_000))).toBe('3.3 million mines');
  });
});

describe('figure tokens in structured text', () => {
  const figures: Record<string, ReturnType<typeof mines>> = { destroyed: mines(3_300_000) };
  it('lists the ids a text refers to', () => {
    expect(figureTokenIds('{fig:destroyed} of {fig:other}')).toEqual(['destroyed', 'other']);
  });
  it('replaces each token by the figure, so the number is typed once', () => {
    expect(fillFigureTokens('By 1999, {fig:destroyed} had been destroyed.', (id) => figures[id]!)).toBe(
      'By 1999, 3.3 million mines had been destroyed.',
    );
  });
});
