import { validateFramework, type ExtraDeduction, type IndicatorNode } from '@jixiao/domain';
import { clauseInputs, observationKeys } from '../model/framework-inputs';
import { testFramework } from '../model/test-framework';
import {
  deductionDraft,
  deductionErrors,
  deductionFromDraft,
  deductionsFromDrafts,
  exemptionErrors,
  newDeduction,
  newExemption,
} from './clause-draft';

const node: IndicatorNode = { id: '1.2', name: '制度健全性', weight: '4' };

describe('clause forms ↔ model', () => {
  it('reads every extra deduction back unchanged', () => {
    for (const deduction of [
      { label: '审计、督查发现问题', perFinding: '1' },
      { label: '另发现未按规定公开', perFinding: '0.5', maxDeduction: '2' },
    ] satisfies ExtraDeduction[]) {
      expect(deductionFromDraft(deductionDraft(deduction))).toEqual(deduction);
    }
  });

  it('trims points, leaves an empty maximum out, and removes the field with the last row', () => {
    expect(deductionFromDraft({ label: '问题', perFinding: ' 1 ', maxDeduction: '  ' })).toEqual({
      label: '问题',
      perFinding: '1',
    });
    expect(deductionsFromDrafts([])).toBeUndefined();
    expect(deductionsFromDrafts([newDeduction()])).toEqual([{ label: '', perFinding: '1' }]);
  });

  it('gives a framework the validator accepts once the new clauses are filled in', () => {
    const framework = testFramework();
    const leaf = framework.indicators[0]?.children?.[1];
    if (!leaf) throw new Error('fixture changed');
    leaf.exemption = { ...newExemption(), condition: '未有专项资金的' };
    leaf.deductions = deductionsFromDrafts([{ label: '审计发现问题', perFinding: '1', maxDeduction: '5' }]);
    expect(validateFramework(framework).filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(clauseInputs(framework).map((input) => [input.key, input.kind, input.text])).toEqual([
      ['1.2#exempt', 'exemption', '未有专项资金的'],
      ['1.2#1', 'deduction', '审计发现问题'],
    ]);
    expect(observationKeys(framework).has('1.2#1')).toBe(true);
    expect(observationKeys(framework).has('1.2#2')).toBe(false);
  });
});

describe('clause field errors (the domain validator, by field)', () => {
  it('puts each problem next to its own field', () => {
    expect(exemptionErrors(node, newExemption(), 'zh-CN').condition).toBeTruthy();
    expect(exemptionErrors(node, { condition: '涉密部门', outcome: 'not_applicable' }, 'zh-CN')).toEqual({});
    const errors = deductionErrors(node, { label: ' ', perFinding: 'x', maxDeduction: '9' }, 'zh-CN');
    expect(errors.label).toBeTruthy();
    expect(errors.perFinding).toContain('x');
    expect(errors.maxDeduction).toContain('4');
    expect(deductionErrors(node, { label: '问题', perFinding: '1', maxDeduction: '-1' }, 'en-US')).toEqual({
      maxDeduction: expect.stringMatching(/^[^\u4e00-\u9fff]+$/),
    });
    expect(deductionErrors(node, { label: '问题', perFinding: '1', maxDeduction: '' }, 'zh-CN')).toEqual({});
  });
});
