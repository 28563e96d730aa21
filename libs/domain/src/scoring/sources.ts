import type { ValueSource } from './framework.model';
import type { Figures, MeasureResult, ObservedValue } from './evaluation.model';
import type { Resolved } from './rules/rule-context';
import { msg } from '../messages/render';
import { figureValue } from './measures';
import { figureName } from './figures';

type MeasureMap = ReadonlyMap<string, MeasureResult & { unit: 'rate' | 'number' }>;

function read(
  source: ValueSource,
  measures: MeasureMap,
  figures: Figures,
  observed: ObservedValue | undefined,
  used: Set<string>,
): Resolved {
  if ('measure' in source) {
    const measure = measures.get(source.measure);
    if (measure === undefined) {
      const detail = msg('measure.undefined', { key: source.measure });
      return {
        ok: false,
        unscored: { kind: 'rule_not_applicable', detail },
        explanation: msg('rule.not_applicable', { detail }),
      };
    }
    used.add(measure.key);
    if (measure.value === null || measure.unscored !== null) {
      return {
        ok: false,
        unscored: measure.unscored ?? { kind: 'missing_figure', figures: [] },
        explanation: measure.detail,
      };
    }
    return { ok: true, value: measure.value, label: measure.name, unit: measure.unit };
  }
  if ('figure' in source) {
    const exact = figureValue(figures, source.figure);
    if (exact === undefined) {
      return {
        ok: false,
        unscored: { kind: 'missing_figure', figures: [source.figure] },
        explanation: msg('unscored.missing_figure', { figures: [figureName(source.figure)] }),
      };
    }
    return { ok: true, value: exact.toNumber(), label: figureName(source.figure), unit: 'number' };
  }
  if (observed === undefined) {
    return {
      ok: false,
      unscored: { kind: 'missing_observation' },
      explanation: msg('unscored.missing_observation'),
    };
  }
  const value =
    typeof observed === 'number' ? observed : typeof observed === 'string' ? Number(observed.trim()) : NaN;
  if (!Number.isFinite(value) || (typeof observed === 'string' && observed.trim() === '')) {
    const detail = msg('observation.not_number', { value: String(observed) });
    return {
      ok: false,
      unscored: { kind: 'rule_not_applicable', detail },
      explanation: msg('rule.not_applicable', { detail }),
    };
  }
  return { ok: true, value, label: msg('value.observed'), unit: 'number' };
}

/** Reads a value source: a computed measure, a figure, or the leaf's own observation; `abs` takes |x|. */
export function makeResolver(
  measures: MeasureMap,
  figures: Figures,
  observed: ObservedValue | undefined,
  used: Set<string>,
): (source: ValueSource) => Resolved {
  return (source) => {
    const resolved = read(source, measures, figures, observed, used);
    if (!resolved.ok || source.abs !== true) return resolved;
    return {
      ...resolved,
      value: Math.abs(resolved.value),
      label: msg('value.magnitude', { label: resolved.label }),
    };
  };
}
