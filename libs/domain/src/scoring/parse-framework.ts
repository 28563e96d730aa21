import type { FrameworkProblem } from './evaluation.model';
import type {
  Exemption,
  ExtraDeduction,
  Framework,
  GradeScale,
  IndicatorNode,
  MeasureDefinition,
  MeasureExpression,
} from './framework.model';
import { JsonReader } from './json-reader';
import { readRule } from './parse-rule';
import { validateFramework } from './validate-framework';

/** Deeper formulas than this are refused (untrusted input). */
const MAX_FORMULA_DEPTH = 32;
/** Deeper trees than this are refused (untrusted input); any depth a real framework uses is fine. */
const MAX_TREE_DEPTH = 32;

function readExpression(
  r: JsonReader,
  value: unknown,
  path: string,
  depth: number,
): MeasureExpression | null {
  const object = r.object(value, path, null);
  if (object === null) return null;
  if (depth > MAX_FORMULA_DEPTH) return r.fail('parse.formula_too_deep', null, path);
  if (object['figure'] !== undefined) {
    const figure = r.string(object, 'figure', path, null);
    return figure === null ? null : { figure };
  }
  if (object['constant'] !== undefined) {
    const constant = r.number(object, 'constant', path, null);
    return constant === null ? null : { constant };
  }
  const op = r.oneOf(object, 'op', ['add', 'sub', 'mul', 'div'] as const, path, null);
  const items = r.array(object['args'], `${path}.args`, null);
  if (op === null || items === null) return null;
  const args = items.map((item, index) => readExpression(r, item, `${path}.args[${index}]`, depth + 1));
  return args.every((arg): arg is MeasureExpression => arg !== null) ? { op, args } : null;
}

function readMeasure(r: JsonReader, value: unknown, path: string): MeasureDefinition | null {
  const object = r.object(value, path, null);
  if (object === null) return null;
  const key = r.string(object, 'key', path, null);
  const name = r.string(object, 'name', path, null);
  const formula = readExpression(r, object['formula'], `${path}.formula`, 0);
  const unit = r.oneOf(object, 'unit', ['rate', 'number'] as const, path, null);
  return key !== null && name !== null && formula !== null && unit !== null
    ? { key, name, formula, unit }
    : null;
}

function readGradeScale(r: JsonReader, value: unknown, path: string): GradeScale | null {
  const object = r.object(value, path, null);
  if (object === null) return null;
  const key = r.string(object, 'key', path, null);
  const name = r.string(object, 'name', path, null);
  const items = r.array(object['grades'], `${path}.grades`, null);
  const grades = (items ?? []).map((item, index) => {
    const grade = r.object(item, `${path}.grades[${index}]`, null);
    if (grade === null) return null;
    const label = r.string(grade, 'label', `${path}.grades[${index}]`, null);
    const minScore = r.string(grade, 'minScore', `${path}.grades[${index}]`, null);
    return label !== null && minScore !== null ? { label, minScore } : null;
  });
  if (key === null || name === null || items === null) return null;
  return grades.every((grade) => grade !== null) ? { key, name, grades } : null;
}

function readExemption(
  r: JsonReader,
  value: unknown,
  path: string,
  nodeId: string | null,
): Exemption | null | undefined {
  if (value === undefined) return undefined;
  const object = r.object(value, path, nodeId);
  if (object === null) return null;
  const condition = r.string(object, 'condition', path, nodeId);
  const outcome = r.oneOf(object, 'outcome', ['full', 'not_applicable'] as const, path, nodeId);
  return condition !== null && outcome !== null ? { condition, outcome } : null;
}

function readDeduction(
  r: JsonReader,
  value: unknown,
  path: string,
  nodeId: string | null,
): ExtraDeduction | null {
  const object = r.object(value, path, nodeId);
  if (object === null) return null;
  const label = r.string(object, 'label', path, nodeId);
  const perFinding = r.string(object, 'perFinding', path, nodeId);
  const maxDeduction = r.optional(object, 'maxDeduction', r.string.bind(r), path, nodeId);
  if (label === null || perFinding === null || maxDeduction === null) return null;
  return maxDeduction === undefined ? { label, perFinding } : { label, perFinding, maxDeduction };
}

function readNode(r: JsonReader, value: unknown, path: string, depth: number): IndicatorNode | null {
  const object = r.object(value, path, null);
  if (object === null) return null;
  const id = r.string(object, 'id', path, null);
  const nodeId = id ?? null;
  if (depth > MAX_TREE_DEPTH) return r.fail('parse.tree_too_deep', nodeId, path);
  const name = r.string(object, 'name', path, nodeId);
  const weight = r.string(object, 'weight', path, nodeId);
  const explanation = r.optional(object, 'explanation', r.string.bind(r), path, nodeId);
  const standard = r.optional(object, 'standard', r.string.bind(r), path, nodeId);
  const rule =
    object['rule'] === undefined ? undefined : readRule(r, object['rule'], `${path}.rule`, id ?? path);
  const exemption = readExemption(r, object['exemption'], `${path}.exemption`, nodeId);
  const deductions =
    object['deductions'] === undefined
      ? undefined
      : r
          .array(object['deductions'], `${path}.deductions`, nodeId)
          ?.map((item, index) => readDeduction(r, item, `${path}.deductions[${index}]`, nodeId));
  const children =
    object['children'] === undefined
      ? undefined
      : r
          .array(object['children'], `${path}.children`, nodeId)
          ?.map((child, index) => readNode(r, child, `${path}.children[${index}]`, depth + 1));
  if (
    id === null ||
    name === null ||
    weight === null ||
    explanation === null ||
    standard === null ||
    rule === null ||
    exemption === null ||
    deductions === null ||
    deductions?.some((deduction) => deduction === null)
  ) {
    return null;
  }
  if (children === null || children?.some((child) => child === null)) return null;
  const node: IndicatorNode = { id, name, weight };
  if (explanation !== undefined) node.explanation = explanation;
  if (standard !== undefined) node.standard = standard;
  if (rule !== undefined) node.rule = rule;
  if (exemption !== undefined) node.exemption = exemption;
  if (deductions !== undefined) node.deductions = deductions.filter((deduction) => deduction !== null);
  if (children !== undefined) node.children = children.filter((child) => child !== null);
  return node;
}

/**
 * Reads a framework from untrusted JSON: structure and types first (unknown rule kinds, wrong types,
 * missing fields), then `validateFramework`. The framework is returned only when there is no error;
 * warnings come with it. Unknown extra fields are ignored.
 */
export function parseFramework(json: unknown): { framework: Framework | null; problems: FrameworkProblem[] } {
  const r = new JsonReader();
  const object = r.object(json, '$', null);
  if (object === null) return { framework: null, problems: r.problems };
  const key = r.string(object, 'key', '$', null);
  const name = r.string(object, 'name', '$', null);
  const totalWeight = r.string(object, 'totalWeight', '$', null);
  const indicators = r
    .array(object['indicators'], '$.indicators', null)
    ?.map((item, index) => readNode(r, item, `$.indicators[${index}]`, 1));
  const measures = r
    .array(object['measures'], '$.measures', null)
    ?.map((item, index) => readMeasure(r, item, `$.measures[${index}]`));
  const gradeScale = readGradeScale(r, object['gradeScale'], '$.gradeScale');
  if (
    r.problems.length > 0 ||
    key === null ||
    name === null ||
    totalWeight === null ||
    indicators === undefined ||
    measures === undefined ||
    gradeScale === null
  ) {
    return { framework: null, problems: r.problems };
  }
  const framework: Framework = {
    key,
    name,
    totalWeight,
    indicators: indicators.filter((node) => node !== null),
    measures: measures.filter((measure) => measure !== null),
    gradeScale,
  };
  const problems = validateFramework(framework);
  return { framework: problems.some((p) => p.severity === 'error') ? null : framework, problems };
}
