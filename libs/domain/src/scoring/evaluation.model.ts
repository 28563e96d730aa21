import type { DecimalString } from './framework.model';
import type { Message, MessageParams } from '../messages/message';

/**
 * One fiscal figure: a number, or a decimal string exactly as stored (PostgreSQL numeric → "4184.69"),
 * so amounts reach the engine without passing through a float.
 */
export type FigureValue = number | DecimalString;

/** Fiscal figures (年初预算数, 决算数 … in 万元, counts) by key. A missing key means not supplied. */
export type Figures = Readonly<Record<string, FigureValue>>;

/** What the evaluator observed for one indicator, by indicator id. */
export type ObservedValue = number | boolean | string;
export type Observations = Readonly<Record<string, ObservedValue>>;

/** A score set by a person instead of (or in departure from) the rule; the reason is mandatory. */
export interface Override {
  score: DecimalString;
  reason: string;
}
export type Overrides = Readonly<Record<string, Override>>;

/** Why a node has no computed score. */
export type UnscoredReason =
  | { kind: 'missing_figure'; figures: string[] }
  | {
      kind: 'zero_denominator';
      measure: string;
      /** Whether the numerator was 0 (0 / 0) or not (x / 0). */
      numeratorZero?: boolean;
    }
  | { kind: 'missing_observation' }
  | { kind: 'no_rule' }
  | { kind: 'judgement_required' }
  | { kind: 'children_unscored'; children: string[] }
  /**
   * The rule cannot be applied to the value it got: a value in a gap between bands, an unknown level
   * key, an observation of the wrong type, an unknown measure, equal linear anchors. (Added by the engine.)
   */
  | { kind: 'rule_not_applicable'; detail: Message };

export interface NodeResult {
  id: string;
  name: string;
  level: number;
  weight: DecimalString;
  /** What the rule gives; null when it cannot be computed. */
  computed: DecimalString | null;
  /** The score that counts: the override when there is one, else the computed score. */
  final: DecimalString | null;
  /** final / weight, as a decimal fraction string (0.88); null when unscored or weight is 0. */
  rate: DecimalString | null;
  overridden: boolean;
  overrideReason: string | null;
  /** A veto scoring point under this node fired and zeroed it. */
  vetoed: boolean;
  unscored: UnscoredReason | null;
  /** An exemption of the framework applied (full score, or not applicable). */
  exempted: 'full' | 'not_applicable' | null;
  /** How the number came about, with the values put in, in Chinese: "预算调整率 = (4184.69 − 3592.06) / 3592.06 = 16.50%，落在 10%–40%（含）档，得 2 分". */
  explanation: string;
  /** The same as a message (code + parameters), to render in any locale. */
  detail: Message;
}

export interface MeasureResult {
  key: string;
  name: string;
  value: number | null;
  unscored: UnscoredReason | null;
  /** The formula with the figures put in. */
  explanation: string;
  detail: Message;
}

export interface LevelTotal {
  id: string;
  name: string;
  weight: DecimalString;
  score: DecimalString | null;
  rate: DecimalString | null;
}

export interface EvaluationResult {
  nodes: NodeResult[];
  measures: MeasureResult[];
  /** Level-1 rows of the summary table (一级指标 / 权重 / 得分 / 得分率). */
  level1: LevelTotal[];
  total: DecimalString | null;
  grade: string | null;
  /** Every leaf scored (by rule or override)? */
  complete: boolean;
}

/** A problem in a framework found on load; `error`s make the framework unusable, `warning`s do not. */
export interface FrameworkProblem {
  severity: 'error' | 'warning';
  /** Stable code, e.g. `weights.children_sum`, `bands.gap`, `bands.overlap`, `rule.unknown_kind`, `measure.unknown`. */
  code: string;
  /** The indicator concerned (its id), or null for framework-wide problems. */
  nodeId: string | null;
  /** Chinese message with the numbers put in: "子指标权重合计 24，不等于上级权重 25". */
  message: string;
  /** The message's parameters: `{ code, params }` renders in any locale (`renderMessage`). */
  params: MessageParams;
}

export type ConsistencyFinding =
  /** A score set by override that differs from what the node's own rule gives. */
  | {
      kind: 'override_departs';
      nodeId: string;
      ruleScore: DecimalString;
      finalScore: DecimalString;
      reason: string;
      message: string;
      detail: Message;
    }
  /** An override on a node whose rule could not be applied (so there is nothing to compare with). */
  | {
      kind: 'override_without_rule_score';
      nodeId: string;
      finalScore: DecimalString;
      reason: string;
      message: string;
      detail: Message;
    }
  /** A rule that could not be applied and no one has decided: the node stays unscored. */
  | { kind: 'rule_not_applied'; nodeId: string; unscored: UnscoredReason; message: string; detail: Message }
  /** A stated total or grade (from a report being checked) that differs from the recomputed one. */
  | {
      kind: 'stated_total_differs';
      stated: DecimalString;
      computed: DecimalString | null;
      message: string;
      detail: Message;
    }
  | {
      kind: 'stated_grade_differs';
      stated: string;
      computed: string | null;
      message: string;
      detail: Message;
    };

export interface ConsistencyReport {
  findings: ConsistencyFinding[];
  total: DecimalString | null;
  grade: string | null;
}
