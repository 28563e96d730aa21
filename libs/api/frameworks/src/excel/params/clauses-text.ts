import type { Exemption, ExtraDeduction } from '@jixiao/domain';
import { parseDecimalText } from '../number-text';
import { EXEMPTION_OUTCOMES } from '../sheet-layout';
import { halfWidth } from '../text-normalise';
import { quoteIfNeeded, splitItems, splitPair, unquote } from './param-list';
import { fail, ok, type Parsed } from './parsed';

/** 免评条件: `未有专项资金的=满分`, `涉密部门=不适用`. */
export function formatExemption(exemption: Exemption): string {
  const outcome =
    Object.entries(EXEMPTION_OUTCOMES).find(([, value]) => value === exemption.outcome)?.[0] ?? '';
  return `${quoteIfNeeded(exemption.condition)}=${outcome}`;
}

export function parseExemption(text: string): Parsed<Exemption | undefined> {
  if (text.trim() === '') return ok(undefined);
  const pair = splitPair(text.trim());
  const condition = pair === null ? null : unquote(pair.left);
  const outcome =
    pair === null ? undefined : EXEMPTION_OUTCOMES[pair.right.trim() as keyof typeof EXEMPTION_OUTCOMES];
  if (condition === null || condition === '' || outcome === undefined) {
    return fail('import.exemption_invalid', { value: text });
  }
  return ok({ condition, outcome });
}

/** 另行扣分: `审计、督查发现问题=1; 未按规定公开=0.5，最多2`. */
export function formatDeductions(deductions: readonly ExtraDeduction[]): string {
  return deductions
    .map((deduction) => {
      const max = deduction.maxDeduction === undefined ? '' : `，最多${deduction.maxDeduction}`;
      return `${quoteIfNeeded(deduction.label)}=${deduction.perFinding}${max}`;
    })
    .join('; ');
}

const AMOUNTS = /^([^,，]+?)\s*(?:[,，]\s*最多\s*(?:扣)?\s*([^,，分]+?)\s*分?)?\s*$/;

export function parseDeductions(text: string): Parsed<ExtraDeduction[] | undefined> {
  const items = splitItems(text);
  if (items.length === 0) return ok(undefined);
  const deductions: ExtraDeduction[] = [];
  for (const item of items) {
    const pair = splitPair(item);
    const label = pair === null ? null : unquote(pair.left);
    const amounts = pair === null ? null : AMOUNTS.exec(halfWidth(pair.right).replace(/分$/, ''));
    const perFinding =
      amounts === null ? null : parseDecimalText((amounts[1] ?? '').replace(/^每[处项]\s*/, ''));
    const maxText = amounts?.[2];
    const maxDeduction = maxText === undefined ? undefined : parseDecimalText(maxText);
    if (label === null || label === '' || perFinding === null || maxDeduction === null) {
      return fail('import.deduction_invalid', { item });
    }
    deductions.push(maxDeduction === undefined ? { label, perFinding } : { label, perFinding, maxDeduction });
  }
  return ok(deductions);
}
