import type {
  Band,
  DecimalString,
  RuleKind,
  ScoringRule,
  SourceRuleOptions,
  StepRule,
  ThresholdRule,
  ValueSource,
} from '@jixiao/domain';

/** A value source as a select option value: `measure:<key>`, `figure:<key>`, `observed`, or `constant` (a fixed number). */
export type SourceValue = string;

export interface BandDraft {
  min: number | null;
  minInclusive: boolean;
  max: number | null;
  maxInclusive: boolean;
  points: DecimalString;
}

export interface LevelDraft {
  key: string;
  label: string;
  rate: DecimalString;
}

/** Every parameter of every kind in one flat, form-friendly shape. */
export interface RuleDraft {
  kind: RuleKind;
  source: SourceValue;
  /** Read the magnitude |x| of the source ("|变动率|≤15%"). */
  abs: boolean;
  zeroAt: number | null;
  fullAt: number | null;
  bands: BandDraft[];
  perFinding: DecimalString;
  maxDeduction: DecimalString;
  threshold: number | null;
  direction: StepRule['direction'];
  step: number | null;
  perStep: DecimalString;
  rounding: StepRule['rounding'];
  levels: LevelDraft[];
  yesPoints: DecimalString;
  noPoints: DecimalString;
  comparator: ThresholdRule['comparator'];
  value: number | null;
  /** The upper bound of a `between` threshold. */
  upper: number | null;
  target: SourceValue;
  targetValue: number | null;
  ratioDirection: 'higher_is_better' | 'lower_is_better';
  /** |x| of a target read from a source (kept as the framework states it; the Excel grammar writes it). */
  targetAbs: boolean;
  of: SourceValue;
  ofValue: number | null;
  ofAbs: boolean;
  /** Points when the measure divides x ≠ 0 by zero; '' = not stated (the leaf stays unscored). */
  zeroDenominatorNonzero: DecimalString;
  /** Points for 0 / 0; '' = not stated. */
  zeroDenominatorZero: DecimalString;
}

export const OBSERVED: SourceValue = 'observed';
export const CONSTANT: SourceValue = 'constant';

export function sourceValue(source: ValueSource | number | undefined): SourceValue {
  if (source === undefined) return OBSERVED;
  if (typeof source === 'number') return CONSTANT;
  if ('measure' in source) return `measure:${source.measure}`;
  if ('figure' in source) return `figure:${source.figure}`;
  return OBSERVED;
}

export function toSource(value: SourceValue, abs = false): ValueSource {
  const magnitude = abs ? { abs: true as const } : {};
  if (value.startsWith('measure:')) return { measure: value.slice('measure:'.length), ...magnitude };
  if (value.startsWith('figure:')) return { figure: value.slice('figure:'.length), ...magnitude };
  return { observed: true, ...magnitude };
}

/** A target or total: a fixed number, or a source. */
function targetFromDraft(value: SourceValue, fixed: number | null, abs: boolean): number | ValueSource {
  return value === CONSTANT ? numberOr(fixed, 1) : toSource(value, abs);
}

function numberOr(value: number | null, fallback: number): number {
  return value === null || Number.isNaN(value) ? fallback : value;
}

/** The default levels: 达成目标 100% … 实现程度低 0%. */
export function defaultLevels(): LevelDraft[] {
  return [
    { key: 'achieved', label: '达成目标', rate: '1' },
    { key: 'mostly', label: '基本达成', rate: '0.75' },
    { key: 'partly', label: '部分实现', rate: '0.5' },
    { key: 'low', label: '实现程度较低', rate: '0.25' },
    { key: 'none', label: '实现程度低', rate: '0' },
  ];
}

/** A draft with sensible values for every kind; `weight` fills in points that default to the weight. */
export function emptyDraft(kind: RuleKind, weight: DecimalString = '1'): RuleDraft {
  return {
    kind,
    source: OBSERVED,
    abs: false,
    zeroAt: 0.6,
    fullAt: 1,
    bands: [
      { min: null, minInclusive: true, max: 0.1, maxInclusive: true, points: weight },
      { min: 0.1, minInclusive: false, max: null, maxInclusive: true, points: '0' },
    ],
    perFinding: '1',
    maxDeduction: '',
    threshold: 0,
    direction: 'above',
    step: 0.01,
    perStep: '0.1',
    rounding: 'up',
    levels: defaultLevels(),
    yesPoints: '',
    noPoints: '',
    comparator: '<=',
    value: 1,
    upper: null,
    target: CONSTANT,
    targetValue: 1,
    ratioDirection: 'higher_is_better',
    targetAbs: false,
    of: CONSTANT,
    ofValue: 1,
    ofAbs: false,
    zeroDenominatorNonzero: '',
    zeroDenominatorZero: '',
  };
}

function bandDraft(band: Band): BandDraft {
  return {
    min: band.min ?? null,
    minInclusive: band.minInclusive ?? true,
    max: band.max ?? null,
    maxInclusive: band.maxInclusive ?? true,
    points: band.points,
  };
}

/** The draft of an existing rule (no rule = 酌情). */
export function draftFromRule(rule: ScoringRule | undefined, weight: DecimalString = '1'): RuleDraft {
  const draft = emptyDraft(rule?.kind ?? 'judgement', weight);
  if (!rule) return draft;
  if ('source' in rule) {
    draft.source = sourceValue(rule.source);
    draft.abs = rule.source.abs === true;
    draft.zeroDenominatorNonzero = rule.onZeroDenominator?.nonzero ?? '';
    draft.zeroDenominatorZero = rule.onZeroDenominator?.zero ?? '';
  }
  switch (rule.kind) {
    case 'linear':
      return { ...draft, zeroAt: rule.zeroAt, fullAt: rule.fullAt };
    case 'bands':
      return { ...draft, bands: rule.bands.map(bandDraft) };
    case 'deductions':
      return { ...draft, perFinding: rule.perFinding, maxDeduction: rule.maxDeduction ?? '' };
    case 'step':
      return {
        ...draft,
        threshold: rule.threshold,
        direction: rule.direction,
        step: rule.step,
        perStep: rule.perStep,
        rounding: rule.rounding,
        maxDeduction: rule.maxDeduction ?? '',
      };
    case 'levels':
      return { ...draft, levels: rule.levels.map((level) => ({ ...level })) };
    case 'yes_no':
      return { ...draft, yesPoints: rule.yesPoints ?? '', noPoints: rule.noPoints ?? '' };
    case 'threshold':
      return { ...draft, comparator: rule.comparator, value: rule.value, upper: rule.upper ?? null };
    case 'ratio':
      return {
        ...draft,
        target: sourceValue(rule.target),
        targetValue: typeof rule.target === 'number' ? rule.target : null,
        targetAbs: typeof rule.target !== 'number' && rule.target.abs === true,
        ratioDirection: rule.direction,
      };
    case 'proportional':
      return {
        ...draft,
        of: sourceValue(rule.of),
        ofValue: typeof rule.of === 'number' ? rule.of : null,
        ofAbs: typeof rule.of !== 'number' && rule.of.abs === true,
      };
    case 'veto':
    case 'judgement':
      return draft;
  }
}

function optionalDecimal(value: DecimalString): DecimalString | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function band(draft: BandDraft): Band {
  const result: Band = { points: draft.points.trim() };
  if (draft.min !== null) {
    result.min = draft.min;
    result.minInclusive = draft.minInclusive;
  }
  if (draft.max !== null) {
    result.max = draft.max;
    result.maxInclusive = draft.maxInclusive;
  }
  return result;
}

/** The zero-denominator verdict a draft states, if any. */
function zeroDenominator(draft: RuleDraft): SourceRuleOptions {
  const nonzero = optionalDecimal(draft.zeroDenominatorNonzero);
  const zero = optionalDecimal(draft.zeroDenominatorZero);
  if (nonzero === undefined && zero === undefined) return {};
  return {
    onZeroDenominator: {
      ...(nonzero === undefined ? {} : { nonzero }),
      ...(zero === undefined ? {} : { zero }),
    },
  };
}

/** The rule object a draft stands for; only the fields of its kind are kept. */
export function ruleFromDraft(draft: RuleDraft): ScoringRule {
  const source = toSource(draft.source, draft.abs);
  const options = zeroDenominator(draft);
  switch (draft.kind) {
    case 'linear':
      return {
        kind: 'linear',
        source,
        zeroAt: numberOr(draft.zeroAt, 0),
        fullAt: numberOr(draft.fullAt, 1),
        ...options,
      };
    case 'bands':
      return { kind: 'bands', source, bands: draft.bands.map(band), ...options };
    case 'deductions': {
      const maxDeduction = optionalDecimal(draft.maxDeduction);
      return {
        kind: 'deductions',
        source,
        perFinding: draft.perFinding.trim(),
        ...(maxDeduction === undefined ? {} : { maxDeduction }),
        ...options,
      };
    }
    case 'step': {
      const maxDeduction = optionalDecimal(draft.maxDeduction);
      return {
        kind: 'step',
        source,
        threshold: numberOr(draft.threshold, 0),
        direction: draft.direction,
        step: numberOr(draft.step, 0.01),
        perStep: draft.perStep.trim(),
        rounding: draft.rounding,
        ...(maxDeduction === undefined ? {} : { maxDeduction }),
        ...options,
      };
    }
    case 'levels':
      return {
        kind: 'levels',
        levels: draft.levels.map((level) => ({
          key: level.key.trim(),
          label: level.label.trim(),
          rate: level.rate.trim(),
        })),
      };
    case 'yes_no': {
      const yesPoints = optionalDecimal(draft.yesPoints);
      const noPoints = optionalDecimal(draft.noPoints);
      return {
        kind: 'yes_no',
        ...(yesPoints === undefined ? {} : { yesPoints }),
        ...(noPoints === undefined ? {} : { noPoints }),
      };
    }
    case 'threshold':
      return {
        kind: 'threshold',
        source,
        comparator: draft.comparator,
        value: numberOr(draft.value, 0),
        // An empty upper bound stays empty, so the validator says the range is empty.
        ...(draft.comparator === 'between' && draft.upper !== null && !Number.isNaN(draft.upper)
          ? { upper: draft.upper }
          : {}),
        ...options,
      };
    case 'ratio':
      return {
        kind: 'ratio',
        source,
        target: targetFromDraft(draft.target, draft.targetValue, draft.targetAbs),
        direction: draft.ratioDirection,
        ...options,
      };
    case 'proportional':
      return {
        kind: 'proportional',
        source,
        of: targetFromDraft(draft.of, draft.ofValue, draft.ofAbs),
        ...options,
      };
    case 'veto':
      return { kind: 'veto' };
    case 'judgement':
      return { kind: 'judgement' };
  }
}
