import { formatPercent, parsePercent, shiftDecimal } from './percent';

describe('percent entry', () => {
  it.each([
    ['95.03%', '0.9503'],
    ['95.03', '0.9503'],
    [' 95.03 % ', '0.9503'],
    ['９５．０３％', '0.9503'],
    ['100%', '1'],
    ['0%', '0'],
    ['-0%', '0'],
    ['-15%', '-0.15'],
    ['+5%', '0.05'],
    ['0.5%', '0.005'],
    ['.5%', '0.005'],
    ['7.%', '0.07'],
    ['1,234.5%', '12.345'],
    ['0.000001%', '0.00000001'],
    ['33.333333333333333333%', '0.33333333333333333333'],
    ['007%', '0.07'],
  ])('reads %j as the exact fraction %s', (typed, fraction) => {
    expect(parsePercent(typed)).toEqual({ ok: true, value: fraction });
  });

  it.each(['', '  ', '%'])('reads %j as no value', (typed) => {
    expect(parsePercent(typed)).toEqual({ ok: true, value: null });
  });

  it.each(['abc', '95%%', '1e2%', '9 5x', '--5', '.', '5-', '1.2.3'])('refuses %j', (typed) => {
    expect(parsePercent(typed)).toEqual({ ok: false });
  });

  it.each([
    [0.9503, '95.03%'],
    ['0.9503', '95.03%'],
    [1, '100%'],
    [0, '0%'],
    [-0.15, '-15%'],
    [1e-7, '0.00001%'],
    [12.345, '1234.5%'],
    ['0.10', '10%'],
    [0.1 + 0.2, '30.000000000000004%'],
  ])('shows %j as %s', (fraction, shown) => {
    expect(formatPercent(fraction)).toBe(shown);
  });

  it('shows nothing for no value or a value that is not a number', () => {
    expect(formatPercent(null)).toBe('');
    expect(formatPercent(undefined)).toBe('');
    expect(formatPercent(Number.NaN)).toBe('');
    expect(formatPercent('x')).toBe('');
  });

  it('round-trips what is typed, with no float rounding, through the number a rule stores', () => {
    for (const typed of ['95.03%', '16.5%', '0.07%', '-15%', '61%', '99.99%', '100.01%']) {
      const parsed = parsePercent(typed);
      if (!parsed.ok || parsed.value === null) throw new Error(typed);
      expect(formatPercent(Number(parsed.value))).toBe(typed);
      expect(String(Number(parsed.value))).toBe(parsed.value);
    }
  });

  it('moves the point both ways, through exponents', () => {
    expect(shiftDecimal('1.5e-3', 2)).toBe('0.15');
    expect(shiftDecimal('12', -5)).toBe('0.00012');
    expect(shiftDecimal('-0.00', 2)).toBe('0');
    expect(shiftDecimal('x', 2)).toBeNull();
  });
});
