import { describe, expect, it } from 'vitest';
import { GRADE_SCALES, gradeFor } from './grades';

describe('gradeFor', () => {
  it('uses inclusive lower bounds on the standard scale', () => {
    expect(gradeFor(GRADE_SCALES.standard, '90')).toBe('优');
    expect(gradeFor(GRADE_SCALES.standard, '89.99')).toBe('良');
    expect(gradeFor(GRADE_SCALES.standard, '80')).toBe('良');
    expect(gradeFor(GRADE_SCALES.standard, '60')).toBe('中');
    expect(gradeFor(GRADE_SCALES.standard, '59.99')).toBe('差');
  });

  it('uses the 优秀/良好/一般/较差 scale', () => {
    expect(gradeFor(GRADE_SCALES.fourLevelExcellent, '95')).toBe('优秀');
    expect(gradeFor(GRADE_SCALES.fourLevelExcellent, '70')).toBe('一般');
    expect(gradeFor(GRADE_SCALES.fourLevelExcellent, '69.99')).toBe('较差');
  });

  it('gives null below every band or for a non-number', () => {
    expect(gradeFor(GRADE_SCALES.standard, '-1')).toBeNull();
    expect(gradeFor(GRADE_SCALES.standard, 'abc')).toBeNull();
  });
});
