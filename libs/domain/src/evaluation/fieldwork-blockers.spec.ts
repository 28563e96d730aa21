import { describe, expect, it } from 'vitest';
import {
  fieldworkBlockerMessage,
  fieldworkBlockersSummary,
  type FieldworkBlocker,
} from './fieldwork-blockers';

const BLOCKERS: FieldworkBlocker[] = [
  { kind: 'request_open', id: 'r1', name: '预算批复文件' },
  { kind: 'request_open', id: 'r2', name: '决算报表' },
  { kind: 'figure_unverified', id: 'final_accounts', name: '决算支出数' },
  { kind: 'indicator_unscored', id: '1.2', name: '预算编制科学性' },
];

describe('fieldwork blockers', () => {
  it('names each blocker in both languages', () => {
    expect(fieldworkBlockerMessage(BLOCKERS[0] as FieldworkBlocker, 'zh-CN')).toBe(
      '必需资料“预算批复文件”尚未接受或豁免',
    );
    expect(fieldworkBlockerMessage(BLOCKERS[3] as FieldworkBlocker, 'en-US')).toBe(
      'Indicator “预算编制科学性” is not scored',
    );
  });

  it('summarises by kind, leaving out kinds that do not block', () => {
    expect(fieldworkBlockersSummary(BLOCKERS, 'zh-CN')).toBe(
      '2 项必需资料未接受或豁免，1 项数据未核实，1 个指标未评分',
    );
    expect(fieldworkBlockersSummary(BLOCKERS.slice(2, 3), 'en-US')).toBe('1 figure(s) not verified');
    expect(fieldworkBlockersSummary([], 'zh-CN')).toBe('');
  });
});
