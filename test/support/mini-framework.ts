import type { Framework } from '@jixiao/domain';
import { EXAMPLE_FRAMEWORK } from '@jixiao/api-frameworks';

/**
 * A small valid indicator system for API tests: the blank template's example (a linear indicator on
 * the budget execution rate, weight 60, and a deductions indicator, weight 40), under a test name.
 */
export function miniFramework(name = '迷你指标体系'): Framework {
  return { ...structuredClone(EXAMPLE_FRAMEWORK), key: 'mini', name };
}
