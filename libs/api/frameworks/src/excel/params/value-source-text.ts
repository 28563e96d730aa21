import type { ValueSource } from '@jixiao/domain';
import { halfWidth } from '../text-normalise';

/** 数据来源: `指标:<measure key>`, `数据:<figure key>` or `观测值` (a colon may be "："). */
export const SOURCE_PREFIX = { measure: '指标', figure: '数据' } as const;
export const OBSERVED = '观测值';

/** `|…|` around a source reads its magnitude: `|指标:change_rate|`. */
export function formatSource(source: ValueSource): string {
  const text = plainSource(source);
  return source.abs === true ? `|${text}|` : text;
}

function plainSource(source: ValueSource): string {
  if ('measure' in source) return `${SOURCE_PREFIX.measure}:${source.measure}`;
  if ('figure' in source) return `${SOURCE_PREFIX.figure}:${source.figure}`;
  return OBSERVED;
}

export function parseSource(text: string): ValueSource | null {
  const bars = /^[|｜]\s*(.+?)\s*[|｜]$/.exec(text.trim());
  if (bars !== null) {
    const inner = parsePlainSource(bars[1] ?? '');
    return inner === null ? null : { ...inner, abs: true };
  }
  return parsePlainSource(text);
}

function parsePlainSource(text: string): ValueSource | null {
  const trimmed = text.trim();
  if (trimmed === OBSERVED) return { observed: true };
  const match = /^(指标|数据)\s*[:：]\s*(.+)$/.exec(trimmed);
  if (!match) return null;
  const key = match[2] ?? '';
  return match[1] === SOURCE_PREFIX.measure ? { measure: key } : { figure: key };
}

/** An operand of 目标/总数: a number, or a source as above. */
export function isSourceText(text: string): boolean {
  return /^(指标|数据)\s*[:：]/.test(halfWidth(text).trim()) || text.trim() === OBSERVED;
}
