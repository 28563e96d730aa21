import { exemptionKey, extraDeductionKey, ruleSources, type IndicatorNode } from '@jixiao/domain';

/** One observation the evaluator records for an indicator, by the kind of value its rule reads. */
export type ObservationField =
  | { key: string; kind: 'boolean'; label: string }
  | { key: string; kind: 'level'; label: string; options: { key: string; label: string }[] }
  | { key: string; kind: 'number'; label: string };

/**
 * The observations a leaf's rule needs (yes/no, a level, a count or value), then its exemption and its
 * extra deductions, with the label the framework gives. Judgement rules need none: they are scored by
 * an override with a reason.
 */
export function observationFields(node: IndicatorNode): ObservationField[] {
  const fields: ObservationField[] = [];
  const rule = node.rule;
  if (rule !== undefined && (node.children ?? []).length === 0) {
    if (rule.kind === 'yes_no' || rule.kind === 'veto') {
      fields.push({ key: node.id, kind: 'boolean', label: node.name });
    } else if (rule.kind === 'levels') {
      fields.push({
        key: node.id,
        kind: 'level',
        label: node.name,
        options: rule.levels.map((level) => ({ key: level.key, label: level.label })),
      });
    } else if (rule.kind !== 'judgement' && ruleSources(rule).some((source) => 'observed' in source)) {
      fields.push({ key: node.id, kind: 'number', label: node.name });
    }
  }
  if (node.exemption !== undefined) {
    fields.push({ key: exemptionKey(node.id), kind: 'boolean', label: node.exemption.condition });
  }
  (node.deductions ?? []).forEach((deduction, index) => {
    fields.push({ key: extraDeductionKey(node.id, index + 1), kind: 'number', label: deduction.label });
  });
  return fields;
}
