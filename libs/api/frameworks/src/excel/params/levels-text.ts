import type { LevelsRule } from '@jixiao/domain';
import { parseDecimalText } from '../number-text';
import { fail, ok, type Parsed } from './parsed';
import { leadingToken, quoteIfNeeded, splitItems, splitPair, unquote } from './param-list';

type Level = LevelsRule['levels'][number];

/**
 * 等级: `A 达成目标=1; B 基本达成=0.75`: the level's key (what the evaluator records), a space, its
 * label, "=" and the share of the weight it scores (a fraction, or a percentage such as 75%). A
 * level written without a label (`优=1`) is labelled with its key.
 */
export function formatLevels(levels: readonly Level[]): string {
  return levels
    .map(({ key, label, rate }) => {
      const name = quoteIfNeeded(key, true);
      return label === key ? `${name}=${rate}` : `${name} ${quoteIfNeeded(label)}=${rate}`;
    })
    .join('; ');
}

function parseLevel(item: string): Parsed<Level> {
  const pair = splitPair(item);
  if (pair === null) return fail('param.level_form', { item });
  const head = leadingToken(pair.left);
  if (head === null) return fail('param.level_key_missing', { item });
  const label = head.rest === '' ? head.token : unquote(head.rest);
  if (label === null) return fail('param.level_label_quote', { item });
  const rate = parseDecimalText(pair.right, true);
  if (rate === null) return fail('param.level_rate', { key: head.token, text: pair.right });
  return ok({ key: head.token, label, rate });
}

export function parseLevels(text: string): Parsed<Level[]> {
  const items = splitItems(text);
  if (items.length === 0) return fail('param.levels_empty');
  const levels: Level[] = [];
  for (const item of items) {
    const level = parseLevel(item);
    if (!level.ok) return level;
    levels.push(level.value);
  }
  return ok(levels);
}
