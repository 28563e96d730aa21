import type { FigureView } from '@jixiao/contracts';
import { STANDARD_FIGURES, effectiveValue, figureDefinition } from '@jixiao/domain';
import type { StoredFigure } from './figures.repository';

/** Every figure a form shows: the standard list, then keys only the framework (or a stored row) uses. */
export function figureKeys(needed: readonly string[], stored: readonly StoredFigure[]): string[] {
  const keys = STANDARD_FIGURES.map((definition) => definition.key);
  for (const key of [...needed, ...stored.map((figure) => figure.key)]) {
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

export function toFigureView(key: string, needed: boolean, stored: StoredFigure | undefined): FigureView {
  const definition = figureDefinition(key);
  return {
    key,
    name: definition?.name ?? key,
    unit: definition?.unit ?? '',
    group: definition?.group ?? 'basic_project',
    needed,
    value: stored?.value ?? null,
    sourceFileId: stored?.sourceFileId ?? null,
    sourceFileName: stored?.sourceFileName ?? null,
    sourceNote: stored?.sourceNote ?? '',
    enteredByName: stored?.enteredByName ?? null,
    enteredAt: stored?.enteredAt ?? null,
    verification: stored?.verification ?? 'pending',
    verificationComment: stored?.verificationComment ?? '',
    correctedValue: stored?.correctedValue ?? null,
    verifiedByName: stored?.verifiedByName ?? null,
    verifiedAt: stored?.verifiedAt ?? null,
    effectiveValue: stored ? effectiveValue(stored) : null,
    version: stored?.version ?? 0,
  };
}
