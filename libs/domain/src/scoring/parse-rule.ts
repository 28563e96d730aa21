import type { Band, ScoringRule, ValueSource, ZeroDenominatorVerdict } from './framework.model';
import type { JsonObject, JsonReader } from './json-reader';
import { msg } from '../messages/render';

const RULE_KINDS = [
  'linear',
  'bands',
  'deductions',
  'step',
  'levels',
  'yes_no',
  'threshold',
  'ratio',
  'proportional',
  'veto',
  'judgement',
] as const satisfies readonly ScoringRule['kind'][];

function readSource(r: JsonReader, value: unknown, path: string, id: string): ValueSource | null {
  const object = r.object(value, path, id);
  if (object === null) return null;
  const abs = r.optional(object, 'abs', r.boolean.bind(r), path, id);
  if (abs === null) return null;
  const magnitude = abs === true ? { abs: true as const } : {};
  if (object['measure'] !== undefined) {
    const measure = r.string(object, 'measure', path, id);
    return measure === null ? null : { measure, ...magnitude };
  }
  if (object['figure'] !== undefined) {
    const figure = r.string(object, 'figure', path, id);
    return figure === null ? null : { figure, ...magnitude };
  }
  if (object['observed'] === true) return { observed: true, ...magnitude };
  return r.fail('parse.bad_source', id, path, {
    measure: '{measure}',
    figure: '{figure}',
    observed: '{observed: true}',
  });
}

function readVerdict(
  r: JsonReader,
  o: JsonObject,
  path: string,
  id: string,
): ZeroDenominatorVerdict | null | undefined {
  const value = o['onZeroDenominator'];
  if (value === undefined) return undefined;
  const object = r.object(value, `${path}.onZeroDenominator`, id);
  if (object === null) return null;
  const nonzero = r.optional(object, 'nonzero', r.string.bind(r), `${path}.onZeroDenominator`, id);
  const zero = r.optional(object, 'zero', r.string.bind(r), `${path}.onZeroDenominator`, id);
  if (nonzero === null || zero === null) return null;
  return { ...(nonzero === undefined ? {} : { nonzero }), ...(zero === undefined ? {} : { zero }) };
}

function readOperand(r: JsonReader, value: unknown, path: string, id: string): number | ValueSource | null {
  if (typeof value === 'number')
    return Number.isFinite(value)
      ? value
      : r.fail('parse.wrong_type', id, path, { type: msg('type.number') });
  return readSource(r, value, path, id);
}

function readBand(r: JsonReader, value: unknown, path: string, id: string): Band | null {
  const object = r.object(value, path, id);
  if (object === null) return null;
  const points = r.string(object, 'points', path, id);
  const band: Band = { points: points ?? '0' };
  const min = r.optional(object, 'min', r.number.bind(r), path, id);
  const minInclusive = r.optional(object, 'minInclusive', r.boolean.bind(r), path, id);
  const max = r.optional(object, 'max', r.number.bind(r), path, id);
  const maxInclusive = r.optional(object, 'maxInclusive', r.boolean.bind(r), path, id);
  if (points === null || min === null || max === null || minInclusive === null || maxInclusive === null)
    return null;
  if (min !== undefined) band.min = min;
  if (minInclusive !== undefined) band.minInclusive = minInclusive;
  if (max !== undefined) band.max = max;
  if (maxInclusive !== undefined) band.maxInclusive = maxInclusive;
  return band;
}

function readList<T>(
  r: JsonReader,
  value: unknown,
  path: string,
  id: string,
  read: (item: unknown, path: string) => T | null,
): T[] | null {
  const items = r.array(value, path, id);
  if (items === null) return null;
  const out = items.map((item, index) => read(item, `${path}[${index}]`));
  return out.every((item): item is T => item !== null) ? out : null;
}

/** Reads a rule of untrusted JSON; null (with problems recorded) when it is not well-formed. */
export function readRule(r: JsonReader, value: unknown, path: string, id: string): ScoringRule | null {
  const object = r.object(value, path, id);
  if (object === null) return null;
  const kind = object['kind'];
  const known = RULE_KINDS.find((candidate) => candidate === kind);
  if (known === undefined) return r.fail('rule.unknown_kind', id, `${path}.kind`, { kind: String(kind) });
  const before = r.problems.length;
  const rule = readKnownRule(r, known, object, path, id);
  const verdict = readVerdict(r, object, path, id);
  if (r.problems.length > before || rule === null || verdict === null) return null;
  return verdict === undefined || !('source' in rule) ? rule : { ...rule, onZeroDenominator: verdict };
}

function readKnownRule(
  r: JsonReader,
  kind: ScoringRule['kind'],
  o: JsonObject,
  path: string,
  id: string,
): ScoringRule | null {
  const source = () => readSource(r, o['source'], `${path}.source`, id);
  const optionalDecimal = (key: string) => r.optional(o, key, r.string.bind(r), path, id) ?? undefined;
  switch (kind) {
    case 'linear': {
      const s = source();
      const zeroAt = r.number(o, 'zeroAt', path, id);
      const fullAt = r.number(o, 'fullAt', path, id);
      return s && zeroAt !== null && fullAt !== null ? { kind, source: s, zeroAt, fullAt } : null;
    }
    case 'bands': {
      const s = source();
      const bands = readList(r, o['bands'], `${path}.bands`, id, (item, p) => readBand(r, item, p, id));
      return s && bands ? { kind, source: s, bands } : null;
    }
    case 'deductions': {
      const s = source();
      const perFinding = r.string(o, 'perFinding', path, id);
      const maxDeduction = optionalDecimal('maxDeduction');
      if (!s || perFinding === null) return null;
      return maxDeduction === undefined
        ? { kind, source: s, perFinding }
        : { kind, source: s, perFinding, maxDeduction };
    }
    case 'step': {
      const s = source();
      const threshold = r.number(o, 'threshold', path, id);
      const direction = r.oneOf(o, 'direction', ['above', 'below'] as const, path, id);
      const step = r.number(o, 'step', path, id);
      const perStep = r.string(o, 'perStep', path, id);
      const rounding = r.oneOf(o, 'rounding', ['up', 'down', 'exact'] as const, path, id);
      const maxDeduction = optionalDecimal('maxDeduction');
      if (!s || threshold === null || !direction || step === null || perStep === null || !rounding)
        return null;
      const rule = { kind, source: s, threshold, direction, step, perStep, rounding };
      return maxDeduction === undefined ? rule : { ...rule, maxDeduction };
    }
    case 'levels': {
      const levels = readList(r, o['levels'], `${path}.levels`, id, (item, p) => {
        const level = r.object(item, p, id);
        if (level === null) return null;
        const key = r.string(level, 'key', p, id);
        const label = r.string(level, 'label', p, id);
        const rate = r.string(level, 'rate', p, id);
        return key !== null && label !== null && rate !== null ? { key, label, rate } : null;
      });
      return levels ? { kind, levels } : null;
    }
    case 'yes_no': {
      const yesPoints = optionalDecimal('yesPoints');
      const noPoints = optionalDecimal('noPoints');
      return {
        kind,
        ...(yesPoints === undefined ? {} : { yesPoints }),
        ...(noPoints === undefined ? {} : { noPoints }),
      };
    }
    case 'threshold': {
      const s = source();
      const comparator = r.oneOf(o, 'comparator', ['<', '<=', '>', '>=', '=', 'between'] as const, path, id);
      const value = r.number(o, 'value', path, id);
      const upper = r.optional(o, 'upper', r.number.bind(r), path, id);
      if (!s || !comparator || value === null || upper === null) return null;
      return upper === undefined
        ? { kind, source: s, comparator, value }
        : { kind, source: s, comparator, value, upper };
    }
    case 'ratio': {
      const s = source();
      const target = readOperand(r, o['target'], `${path}.target`, id);
      const direction = r.oneOf(o, 'direction', ['higher_is_better', 'lower_is_better'] as const, path, id);
      return s && target !== null && direction ? { kind, source: s, target, direction } : null;
    }
    case 'proportional': {
      const s = source();
      const of = readOperand(r, o['of'], `${path}.of`, id);
      return s && of !== null ? { kind, source: s, of } : null;
    }
    case 'veto':
    case 'judgement':
      return { kind };
  }
}
