import type { Framework } from '@jixiao/domain';
import { figureKeys } from '../model/framework-inputs';
import { CONSTANT, OBSERVED, type SourceValue } from './rule-draft';

export interface SourceOption {
  value: SourceValue;
  label: string;
  group: 'measure' | 'figure' | 'observed' | 'constant';
  /** A rate measure: its values are fractions, typed and shown as percentages. */
  rate?: boolean;
}

/** What a rule may read: the framework's measures, the figures they use, or the observed value. */
export function sourceOptions(
  framework: Framework,
  labels: { observed: string; constant: string },
): SourceOption[] {
  return [
    { value: OBSERVED, label: labels.observed, group: 'observed' },
    ...framework.measures.map((measure) => ({
      value: `measure:${measure.key}`,
      label: `${measure.name}（${measure.key}）`,
      group: 'measure' as const,
      ...(measure.unit === 'rate' ? { rate: true } : {}),
    })),
    ...figureKeys(framework).map((key) => ({ value: `figure:${key}`, label: key, group: 'figure' as const })),
    { value: CONSTANT, label: labels.constant, group: 'constant' },
  ];
}
