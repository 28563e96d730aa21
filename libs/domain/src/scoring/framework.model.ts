/**
 * The indicator system (评价指标体系) as data. Everything here is JSON-serialisable, so a framework
 * can be stored, copied into an evaluation, exchanged as JSON or Excel, and validated on load.
 *
 * Numbers that are scores or weights are decimal strings ("2.5", "0.25") and are computed with exact
 * decimal arithmetic; measured values (rates, amounts, counts) are plain numbers, and rates are
 * fractions (16.5% is 0.165).
 */

/** A decimal number written as a string, e.g. "4.4". */
export type DecimalString = string;

/**
 * Where a rule's measured value comes from. `abs: true` reads the magnitude |x| ("|变动率|≤15%").
 */
export type ValueSource =
  /** A fiscal measure computed from the figures (预算执行率 …), by key of `Framework.measures`. */
  | { measure: string; abs?: true }
  /** A figure entered as it is (a count, an amount), by key of the figures. */
  | { figure: string; abs?: true }
  /** The value observed for this very indicator (findings count, chosen level, yes/no …). */
  | { observed: true; abs?: true };

/**
 * What a rule gives when its measure divides by zero, as the framework states it: `nonzero` for
 * x / 0 with x ≠ 0 ("控制率大于1的得0分" with no budget but spending), `zero` for 0 / 0. Points, within
 * [0, weight]. Without it such a leaf stays unscored.
 */
export interface ZeroDenominatorVerdict {
  nonzero?: DecimalString;
  zero?: DecimalString;
}

/** Options every rule that reads a source may state. */
export interface SourceRuleOptions {
  onZeroDenominator?: ZeroDenominatorVerdict;
}

export interface LinearRule extends SourceRuleOptions {
  kind: 'linear';
  source: ValueSource;
  /** Value scoring 0. */
  zeroAt: number;
  /** Value scoring the full weight; below zeroAt when lower is better. */
  fullAt: number;
}

export interface Band {
  /** Lower bound; omitted = unbounded below. */
  min?: number;
  minInclusive?: boolean;
  /** Upper bound; omitted = unbounded above. */
  max?: number;
  maxInclusive?: boolean;
  /** Points awarded in this band (not a rate). */
  points: DecimalString;
}

export interface BandsRule extends SourceRuleOptions {
  kind: 'bands';
  source: ValueSource;
  bands: Band[];
}

/** "每发现一项不符合扣1分，扣完为止": weight − count × perFinding, floored at 0 (or at weight − maxDeduction). */
export interface DeductionsRule extends SourceRuleOptions {
  kind: 'deductions';
  source: ValueSource;
  perFinding: DecimalString;
  maxDeduction?: DecimalString;
}

/**
 * "超出10%的，超出一个百分点扣0.1分，直至1分扣完为止": for every `step` the value lies beyond
 * `threshold` (in `direction`), deduct `perStep`; partial steps are counted as `rounding` says.
 */
export interface StepRule extends SourceRuleOptions {
  kind: 'step';
  source: ValueSource;
  threshold: number;
  direction: 'above' | 'below';
  /** Size of one step in the value's unit; one percentage point of a rate is 0.01. */
  step: number;
  perStep: DecimalString;
  /** How a partial step counts: 'up' = a started step is a whole step, 'down' = only whole steps, 'exact' = pro rata. */
  rounding: 'up' | 'down' | 'exact';
  maxDeduction?: DecimalString;
}

/** Graded levels: 达成目标 100%, 基本达成 75% … The observed value is the level's key. */
export interface LevelsRule {
  kind: 'levels';
  levels: { key: string; label: string; rate: DecimalString }[];
}

/** Yes/no: the observed value is a boolean; yes scores `yesPoints` (default full weight), no `noPoints` (default 0). */
export interface YesNoRule {
  kind: 'yes_no';
  yesPoints?: DecimalString;
  noPoints?: DecimalString;
}

/**
 * Pass/fail against a threshold: "控制率≤100%得满分，否则0分"; `between` is value ≤ x ≤ upper, both
 * bounds included ("在-15%和15%之间得满分").
 */
export interface ThresholdRule extends SourceRuleOptions {
  kind: 'threshold';
  source: ValueSource;
  comparator: '<' | '<=' | '>' | '>=' | '=' | 'between';
  value: number;
  /** The upper bound of `between`; absent otherwise. */
  upper?: number;
}

/** Ratio to a target, capped at the weight: weight × min(actual / target, 1) (or target / actual when lower is better). */
export interface RatioRule extends SourceRuleOptions {
  kind: 'ratio';
  source: ValueSource;
  target: number | ValueSource;
  direction: 'higher_is_better' | 'lower_is_better';
}

/** n of N × weight: "完成两个项目得分为(2/28)×12". */
export interface ProportionalRule extends SourceRuleOptions {
  kind: 'proportional';
  source: ValueSource;
  of: number | ValueSource;
}

/**
 * A condition that zeroes the parent indicator when it holds: "发生…的，本项指标得0分". Lives on a
 * scoring point of weight 0; the observed value is a boolean (true = it happened).
 */
export interface VetoRule {
  kind: 'veto';
}

/** 酌情给分: the evaluator enters a number within [0, weight] and must give a reason. */
export interface JudgementRule {
  kind: 'judgement';
}

export type ScoringRule =
  | LinearRule
  | BandsRule
  | DeductionsRule
  | StepRule
  | LevelsRule
  | YesNoRule
  | ThresholdRule
  | RatioRule
  | ProportionalRule
  | VetoRule
  | JudgementRule;

export type RuleKind = ScoringRule['kind'];

/**
 * "未有专项资金的，得满分", "涉密部门…直接得分": a condition stated by the framework under which the
 * indicator scores its full weight, or does not apply (its weight is left out and its parent is scaled
 * to its own weight). It applies when the observation `"<id>#exempt"` is true.
 */
export interface Exemption {
  condition: string;
  outcome: 'full' | 'not_applicable';
}

/**
 * "审计、督查…每发现1处扣1分", "另…扣1分": a deduction from the node's score on top of its rule or its
 * scoring points, for findings of another kind. The count is the observation `"<id>#<n>"` (n = 1, 2 …
 * in the order listed); the result never goes below 0.
 */
export interface ExtraDeduction {
  label: string;
  perFinding: DecimalString;
  maxDeduction?: DecimalString;
}

/**
 * One indicator. Level 1–3 indicators and level-4 scoring points (评分要点) are all nodes; a node
 * with children scores the sum of its children ("fixed sub-items"), a leaf scores by its rule.
 */
export interface IndicatorNode {
  /** Stable within the framework ("2.1.3"); overrides and observations refer to it. */
  id: string;
  name: string;
  weight: DecimalString;
  /** 指标解释 */
  explanation?: string;
  /** 评分标准, as the framework states it. */
  standard?: string;
  /** Leaves only. A leaf without a rule can only be scored by an override. */
  rule?: ScoringRule;
  children?: IndicatorNode[];
  exemption?: Exemption;
  deductions?: ExtraDeduction[];
}

/** The observation key telling whether a node's exemption applies. */
export function exemptionKey(id: string): string {
  return `${id}#exempt`;
}

/** The observation key of the findings count of a node's n-th (1-based) extra deduction. */
export function extraDeductionKey(id: string, n: number): string {
  return `${id}#${n}`;
}

/** A named formula over named figures (DOMAIN.md "Fiscal data and derived measures"). */
export type MeasureExpression =
  | { figure: string }
  | { constant: number }
  | { op: 'add' | 'sub' | 'mul' | 'div'; args: MeasureExpression[] };

export interface MeasureDefinition {
  key: string;
  /** 预算执行率 */
  name: string;
  formula: MeasureExpression;
  /** How to show it: a rate (×100, %) or an amount/number. */
  unit: 'rate' | 'number';
}

export interface GradeBand {
  /** 优 */
  label: string;
  /** Inclusive lower bound of the total score. */
  minScore: DecimalString;
}

/** Grades from best to worst; the first whose minScore ≤ total applies. */
export interface GradeScale {
  key: string;
  name: string;
  grades: GradeBand[];
}

export interface Framework {
  key: string;
  name: string;
  /** Total of the level-1 weights, normally "100". */
  totalWeight: DecimalString;
  indicators: IndicatorNode[];
  measures: MeasureDefinition[];
  gradeScale: GradeScale;
}
