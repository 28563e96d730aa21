import type { ValueSource } from '@jixiao/domain';
import { formatNumber, parseNumberText } from '../number-text';
import { fail, ok, type Parsed } from './parsed';
import { quoteIfNeeded, unquote } from './param-list';
import { formatSource, isSourceText, parseSource } from './value-source-text';

/** 目标 / 总数: a number (`28`, `100%`) or a source (`数据:planned_projects`). */
export function formatOperand(operand: number | ValueSource): string {
  return typeof operand === 'number' ? formatNumber(operand) : quoteIfNeeded(formatSource(operand));
}

export function parseOperand(text: string, name: string): Parsed<number | ValueSource> {
  const raw = unquote(text);
  if (raw === null) return fail(`“${name}”的引号不完整：'${text}'`);
  if (isSourceText(raw)) {
    const source = parseSource(raw);
    return source === null ? fail(`“${name}”的数据来源无法识别：'${raw}'`) : ok(source);
  }
  const value = parseNumberText(raw);
  return value === null ? fail(`“${name}”应为数字或“数据:代码”/“指标:代码”：'${raw}'`) : ok(value);
}
