import type { Figures, FrameworkProblem, Observations } from './evaluation.model';
import type { Framework } from './framework.model';
import { exemptionKey, extraDeductionKey } from './framework.model';
import { isDecimalString } from './decimal';
import { figureName } from './figures';
import { error } from './problems';
import { indexNodes } from './validate-overrides';
import type { Message } from '../messages/message';
import { msg } from '../messages/render';

/** A problem of the inputs of a scoring request, with where it is (`figures.x`, `observations.1.2`). */
export interface InputProblem extends FrameworkProblem {
  field: string;
}

/** What a wrong value is, for messages: the text "10", null, an object … */
function actual(value: unknown): Message {
  if (typeof value === 'string') return msg('actual.string', { value });
  if (value === null) return msg('actual.null');
  return msg('actual.other', {
    type: msg(
      Array.isArray(value) ? 'type.array' : typeof value === 'object' ? 'type.object' : 'type.boolean',
    ),
  });
}

/** Every observation key the framework knows: node ids, `<id>#exempt`, `<id>#<n>`. */
function observationKeys(framework: Framework): Set<string> {
  const keys = new Set<string>();
  for (const node of indexNodes(framework.indicators).values()) {
    keys.add(node.id);
    if (node.exemption !== undefined) keys.add(exemptionKey(node.id));
    (node.deductions ?? []).forEach((_, index) => keys.add(extraDeductionKey(node.id, index + 1)));
  }
  return keys;
}

/**
 * Figures are numbers (or, with `decimalStrings`, decimal strings as stored); observations name an indicator (or its exemption / extra deduction) and are a
 * number, a yes/no or a level key. A figure of another type is not "missing" but wrong; an observation
 * for an indicator that does not exist is refused rather than ignored.
 */
export function validateScoringInputs(
  framework: Framework,
  figures: Figures,
  observations: Observations,
  options: { decimalStrings?: boolean } = {},
): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const [key, value] of Object.entries(figures as Readonly<Record<string, unknown>>)) {
    const decimal = options.decimalStrings === true && isDecimalString(value);
    if (!decimal && (typeof value !== 'number' || !Number.isFinite(value))) {
      problems.push({
        ...error('figure.wrong_type', null, { key: figureName(key), actual: actual(value) }),
        field: `figures.${key}`,
      });
    }
  }
  const known = observationKeys(framework);
  for (const [id, value] of Object.entries(observations as Readonly<Record<string, unknown>>)) {
    const field = `observations.${id}`;
    if (!known.has(id)) problems.push({ ...error('observation.unknown_id', id, { id }), field });
    else if (
      !['number', 'boolean', 'string'].includes(typeof value) ||
      (typeof value === 'number' && !Number.isFinite(value))
    ) {
      problems.push({ ...error('observation.wrong_type', id, { id, actual: actual(value) }), field });
    }
  }
  return problems;
}
