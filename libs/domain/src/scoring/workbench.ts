import { dec, isDecimalString } from './decimal';
import type {
  EvaluationResult,
  Figures,
  NodeResult,
  ObservedValue,
  Observations,
  Overrides,
} from './evaluation.model';
import type { DecimalString, Framework, IndicatorNode } from './framework.model';
import { formatPercent } from './format';
import { figuresOf } from './measures';
import { ruleSources } from './validate-rule';

/**
 * The scoring workbench (评分工作台) as pure functions: which figures a framework needs, which value of a
 * figure the engine uses, how stored workbench rows become the engine's inputs, what is still missing
 * before fieldwork can close, and when a stored result no longer matches what would be computed now.
 */

/** How the team judged a figure the unit entered. */
export const FIGURE_VERIFICATIONS = ['pending', 'verified', 'questioned', 'corrected'] as const;
export type FigureVerification = (typeof FIGURE_VERIFICATIONS)[number];

/** A figure as stored: the unit's value and, next to it (never replacing it), the team's correction. */
export interface FigureEntry {
  key: string;
  /** What the unit entered (a decimal string), or null when not entered yet. */
  value: DecimalString | null;
  verification: FigureVerification;
  /** The team's corrected value, kept beside the unit's; only when `verification` is `corrected`. */
  correctedValue: DecimalString | null;
}

/** The value the engine uses: the correction when corrected, else what the unit entered. */
export function effectiveValue(entry: FigureEntry): DecimalString | null {
  if (entry.verification === 'corrected' && entry.correctedValue !== null) return entry.correctedValue;
  return entry.value;
}

/** The engine's figures from stored entries: decimal strings, exactly as stored. */
export function effectiveFigures(entries: readonly FigureEntry[]): Figures {
  const figures: Record<string, DecimalString> = {};
  for (const entry of entries) {
    const value = effectiveValue(entry);
    if (value !== null && isDecimalString(value)) figures[entry.key] = value;
  }
  return figures;
}

function walk(nodes: readonly IndicatorNode[], visit: (node: IndicatorNode) => void): void {
  for (const node of nodes) {
    visit(node);
    walk(node.children ?? [], visit);
  }
}

/** The figure keys the framework's measures (and rules reading a figure directly) need, in order. */
export function neededFigures(framework: Framework): string[] {
  const keys: string[] = [];
  for (const measure of framework.measures) figuresOf(measure.formula, keys);
  walk(framework.indicators, (node) => {
    if (node.rule === undefined) return;
    for (const source of ruleSources(node.rule)) {
      if ('figure' in source && !keys.includes(source.figure)) keys.push(source.figure);
    }
  });
  return keys;
}

/** Needed figures the team has not verified (or corrected) yet: a fieldwork blocker each. */
export function unverifiedFigures(needed: readonly string[], entries: readonly FigureEntry[]): string[] {
  const byKey = new Map(entries.map((entry) => [entry.key, entry]));
  return needed.filter((key) => {
    const entry = byKey.get(key);
    return (
      entry === undefined ||
      effectiveValue(entry) === null ||
      (entry.verification !== 'verified' && entry.verification !== 'corrected')
    );
  });
}

/** The scoring inputs of one indicator as the workbench stores them. */
export interface WorkbenchInputs {
  indicatorId: string;
  /** Observations this indicator owns: its own id, `<id>#exempt`, `<id>#<n>`. */
  observations: Readonly<Record<string, ObservedValue>>;
  override: { score: DecimalString; reason: string } | null;
  /** A person decided the indicator stays unscored, and why. */
  unscoredReason: string | null;
}

/** The engine's observations and overrides from the workbench rows. */
export function engineInputs(rows: readonly WorkbenchInputs[]): {
  observations: Observations;
  overrides: Overrides;
} {
  const observations: Record<string, ObservedValue> = {};
  const overrides: Record<string, { score: DecimalString; reason: string }> = {};
  for (const row of rows) {
    Object.assign(observations, row.observations);
    if (row.override !== null) overrides[row.indicatorId] = row.override;
  }
  return { observations, overrides };
}

/** Whether an observation key belongs to the indicator (`1.2`, `1.2#exempt`, `1.2#3`). */
export function ownsObservation(indicatorId: string, key: string): boolean {
  return key === indicatorId || key.startsWith(`${indicatorId}#`);
}

/** A final score below the weight needs a deduction reason (扣分原因). */
export function deductionReasonRequired(node: NodeResult): boolean {
  return node.final !== null && dec(node.final).lessThan(dec(node.weight));
}

/** Leaves with no final score that nobody has declared unscored (on it or on an ancestor). */
export function unscoredIndicators(
  framework: Framework,
  result: EvaluationResult,
  declaredUnscored: ReadonlySet<string>,
): { id: string; name: string }[] {
  const byId = new Map(result.nodes.map((node) => [node.id, node]));
  const missing: { id: string; name: string }[] = [];
  const visit = (node: IndicatorNode, covered: boolean) => {
    const here = byId.get(node.id);
    if (here === undefined) return;
    const declared = covered || declaredUnscored.has(node.id);
    if (here.exempted === 'not_applicable' && !here.overridden) return;
    if (here.final !== null && (here.overridden || here.exempted === 'full')) return;
    const children = node.children ?? [];
    if (children.length === 0) {
      if (here.final === null && !declared) missing.push({ id: node.id, name: node.name });
      return;
    }
    children.forEach((child) => visit(child, declared));
  };
  framework.indicators.forEach((node) => visit(node, false));
  return missing;
}

/** Why a stored result differs from what would be computed now (empty: it is current). */
export type StaleReason = 'engine_version' | 'framework_version' | 'figures';

export function staleReasons(
  stored: { engineVersion: string; frameworkVersion: number; figures: Figures },
  current: { engineVersion: string; frameworkVersion: number; figures: Figures },
): StaleReason[] {
  const reasons: StaleReason[] = [];
  if (stored.engineVersion !== current.engineVersion) reasons.push('engine_version');
  if (stored.frameworkVersion !== current.frameworkVersion) reasons.push('framework_version');
  if (!sameFigures(stored.figures, current.figures)) reasons.push('figures');
  return reasons;
}

function sameFigures(a: Figures, b: Figures): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const left = a[key];
    const right = b[key];
    if (left === undefined || right === undefined) {
      if (left !== right) return false;
    } else if (!dec(left).equals(dec(right))) return false;
  }
  return true;
}

/** A score rate (得分率, a fraction "0.9535") as shown: "95.35%"; null when there is none. */
export function rateText(rate: DecimalString | null): string | null {
  return rate === null || !isDecimalString(rate) ? null : formatPercent(dec(rate));
}

/** A score rate as a percentage number for charts (95.35), from the exact rate. */
export function ratePercent(rate: DecimalString | null): number | null {
  return rate === null || !isDecimalString(rate) ? null : dec(rate).times(100).toNumber();
}
