import type { ValueSource } from './framework.model';
import type { Figures, MeasureResult, ObservedValue } from './evaluation.model';
import type { Resolved } from './rules/rule-context';

/** Reads a value source: a computed measure, a figure, or the leaf's own observation. */
export function makeResolver(
  measures: ReadonlyMap<string, MeasureResult & { unit: 'rate' | 'number' }>,
  figures: Figures,
  observed: ObservedValue | undefined,
  used: Set<string>,
): (source: ValueSource) => Resolved {
  return (source) => {
    if ('measure' in source) {
      const measure = measures.get(source.measure);
      if (measure === undefined) {
        const detail = `未定义的测算指标“${source.measure}”`;
        return {
          ok: false,
          unscored: { kind: 'rule_not_applicable', detail },
          explanation: `无法按规则计分：${detail}`,
        };
      }
      used.add(measure.key);
      if (measure.value === null || measure.unscored !== null) {
        return {
          ok: false,
          unscored: measure.unscored ?? { kind: 'missing_figure', figures: [] },
          explanation: measure.explanation,
        };
      }
      return { ok: true, value: measure.value, label: measure.name, unit: measure.unit };
    }
    if ('figure' in source) {
      const value = figures[source.figure];
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        return {
          ok: false,
          unscored: { kind: 'missing_figure', figures: [source.figure] },
          explanation: `缺少数据 ${source.figure}`,
        };
      }
      return { ok: true, value, label: source.figure, unit: 'number' };
    }
    if (observed === undefined) {
      return { ok: false, unscored: { kind: 'missing_observation' }, explanation: '未录入实际值' };
    }
    const value =
      typeof observed === 'number' ? observed : typeof observed === 'string' ? Number(observed.trim()) : NaN;
    if (!Number.isFinite(value) || (typeof observed === 'string' && observed.trim() === '')) {
      const detail = `实际值“${String(observed)}”不是数值`;
      return {
        ok: false,
        unscored: { kind: 'rule_not_applicable', detail },
        explanation: `无法按规则计分：${detail}`,
      };
    }
    return { ok: true, value, label: '实际值', unit: 'number' };
  };
}
