import { describe, expect, it } from 'vitest';

import { bookmarkNamer } from './bookmark-name';
import { scaleWidths } from './docx-table';
import { TYPE_AREA_WIDTH } from './report-type';

describe('bookmarkNamer', () => {
  it('makes Word-safe, distinct bookmark names of at most 40 characters', () => {
    const name = bookmarkNamer();
    expect(name('table-family-0')).toBe('r_table_family_0');
    expect(name('table_family_0')).toBe('r_table_family_0_2');
    expect(name('指标-1')).toBe('r____1');
    const long = name('x'.repeat(80));
    expect(long.length).toBeLessThanOrEqual(40);
    expect(name('x'.repeat(80))).not.toBe(long);
  });
});

describe('scaleWidths', () => {
  it('scales relative widths to the type area exactly', () => {
    const widths = scaleWidths([1, 2, 1], TYPE_AREA_WIDTH.portrait);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(TYPE_AREA_WIDTH.portrait);
    expect(widths[1]).toBe(Math.floor(TYPE_AREA_WIDTH.portrait / 2));
    expect(scaleWidths([], 100)).toEqual([]);
  });

  it('has a 156 mm portrait and a 225 mm landscape type area', () => {
    expect(Math.round((TYPE_AREA_WIDTH.portrait * 25.4) / 1440)).toBe(156);
    expect(Math.round((TYPE_AREA_WIDTH.landscape * 25.4) / 1440)).toBe(225);
  });
});
