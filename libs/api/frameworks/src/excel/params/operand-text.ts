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
  if (raw === null) return fail('param.quote_unclosed', { name, text });
  if (isSourceText(raw)) {
    const source = parseSource(raw);
    return source === null ? fail('param.source_unknown', { name, text: raw }) : ok(source);
  }
  const value = parseNumberText(raw);
  return value === null ? fail('param.number_or_source', { name, text: raw }) : ok(value);
}
