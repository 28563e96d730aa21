/** The sections of a work plan (评价方案); all are required before the plan is submitted. */
export const WORK_PLAN_SECTIONS = ['purpose', 'basis', 'methods', 'schedule', 'risks'] as const;
export type WorkPlanSection = (typeof WORK_PLAN_SECTIONS)[number];

export type WorkPlanText = Record<WorkPlanSection, string>;

/** Longest text a section may hold (characters). */
export const WORK_PLAN_SECTION_MAX = 20_000;

export function missingPlanSections(plan: Partial<WorkPlanText> | null): WorkPlanSection[] {
  return WORK_PLAN_SECTIONS.filter((section) => !plan?.[section]?.trim());
}
