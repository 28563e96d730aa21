import { dec, parseDecimal } from './decimal';
import type { DecimalString, GradeScale } from './framework.model';

/** Grade scales as data; lower bounds are inclusive, the first band whose minScore ≤ total applies. */
export const GRADE_SCALES: { standard: GradeScale; fourLevelExcellent: GradeScale } = {
  /** 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60 (seeds 1 and 2). */
  standard: {
    key: 'standard',
    name: '优良中差',
    grades: [
      { label: '优', minScore: '90' },
      { label: '良', minScore: '80' },
      { label: '中', minScore: '60' },
      { label: '差', minScore: '0' },
    ],
  },
  /** 优秀 ≥ 90, 良好 80–90, 一般 70–80, 较差 < 70. */
  fourLevelExcellent: {
    key: 'four_level_excellent',
    name: '优秀良好一般较差',
    grades: [
      { label: '优秀', minScore: '90' },
      { label: '良好', minScore: '80' },
      { label: '一般', minScore: '70' },
      { label: '较差', minScore: '0' },
    ],
  },
};

/** The grade of a total: the first band (best first) whose inclusive lower bound the total reaches; null when none does or the total is not a number. */
export function gradeFor(scale: GradeScale, total: DecimalString): string | null {
  const value = parseDecimal(total);
  if (value === null) return null;
  const band = scale.grades.find((grade) => value.greaterThanOrEqualTo(dec(grade.minScore)));
  return band?.label ?? null;
}
