/**
 * Kinds of evaluation. Part 1 commissions whole-department evaluations; the model leaves room for
 * project evaluations and the unit's own self-evaluation (DOMAIN.md "Self-evaluation").
 */
export const EVALUATION_KINDS = ['department_overall', 'project', 'self_evaluation'] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];

/** Kinds a bureau can commission today. */
export const COMMISSIONABLE_KINDS = ['department_overall'] as const satisfies readonly EvaluationKind[];
