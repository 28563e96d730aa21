import type { MessageLocale } from '../messages';

/**
 * One thing that still keeps fieldwork from closing (DOMAIN.md lifecycle step 3): a required request
 * item neither accepted nor waived, a figure the indicator system needs that the team has not verified,
 * or an indicator neither scored nor explicitly left unscored with a reason.
 */
export interface FieldworkBlocker {
  kind: FieldworkBlockerKind;
  /** The request item's id, the figure's key or the indicator's id. */
  id: string;
  /** What the user calls it: the item's title, the figure's name, the indicator's name. */
  name: string;
}

export const FIELDWORK_BLOCKER_KINDS = ['request_open', 'figure_unverified', 'indicator_unscored'] as const;
export type FieldworkBlockerKind = (typeof FIELDWORK_BLOCKER_KINDS)[number];

const BLOCKER_MESSAGES: Record<FieldworkBlockerKind, Record<MessageLocale, (name: string) => string>> = {
  request_open: {
    'zh-CN': (name) => `必需资料“${name}”尚未接受或豁免`,
    'en-US': (name) => `Required item “${name}” is neither accepted nor waived`,
  },
  figure_unverified: {
    'zh-CN': (name) => `数据“${name}”尚未核实`,
    'en-US': (name) => `Figure “${name}” is not verified`,
  },
  indicator_unscored: {
    'zh-CN': (name) => `指标“${name}”尚未评分`,
    'en-US': (name) => `Indicator “${name}” is not scored`,
  },
};

/** The blocker in words, for the refusal's list and the close-fieldwork panel. */
export function fieldworkBlockerMessage(blocker: FieldworkBlocker, locale: MessageLocale): string {
  return BLOCKER_MESSAGES[blocker.kind][locale](blocker.name);
}

const SUMMARY: Record<MessageLocale, (counts: Record<FieldworkBlockerKind, number>) => string> = {
  'zh-CN': (counts) =>
    [
      counts.request_open > 0 ? `${counts.request_open} 项必需资料未接受或豁免` : '',
      counts.figure_unverified > 0 ? `${counts.figure_unverified} 项数据未核实` : '',
      counts.indicator_unscored > 0 ? `${counts.indicator_unscored} 个指标未评分` : '',
    ]
      .filter(Boolean)
      .join('，'),
  'en-US': (counts) =>
    [
      counts.request_open > 0 ? `${counts.request_open} required item(s) not accepted or waived` : '',
      counts.figure_unverified > 0 ? `${counts.figure_unverified} figure(s) not verified` : '',
      counts.indicator_unscored > 0 ? `${counts.indicator_unscored} indicator(s) not scored` : '',
    ]
      .filter(Boolean)
      .join(', '),
};

/** "3 项必需资料未接受或豁免，2 项数据未核实" — empty when nothing blocks. */
export function fieldworkBlockersSummary(
  blockers: readonly FieldworkBlocker[],
  locale: MessageLocale,
): string {
  const counts = { request_open: 0, figure_unverified: 0, indicator_unscored: 0 };
  for (const blocker of blockers) counts[blocker.kind] += 1;
  return SUMMARY[locale](counts);
}
