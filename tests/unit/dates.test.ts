import { describe, expect, it } from '@jest/globals';
import { addMonths, firstDayOfMonthAfter, formatDate } from '@/lib/dates';

describe('formatDate', () => {
  it('writes full, month-only and year-only dates the way the site shows them', () => {
    expect(formatDate('1997-09-18')).toBe('18 September 1997');
    expect(formatDate('2025-06')).toBe('June 2025');
    expect(formatDate('2017')).toBe('2017');
    expect(formatDate(undefined)).toBe('n.d.');
  });
});

describe('month arithmetic', () => {
  it('adds six months for Art. 20(2) withdrawals', () => {
    expect(addMonths('2025-06-27', 6)).toBe('2025-12-27');
    expect(addMonths('2025-07-10', 6)).toBe('2026-01-10');
  });

  it('finds the first day of the sixth month after a deposit (Art. 17(2))', () => {
    expect(firstDayOfMonthAfter('2025-06-25', 6)).toBe('2025-12-01');
    expect(firstDayOfMonthAfter('2005-12-27', 6)).toBe('2006-06-01');
  });
});
