import { Injectable, inject, signal } from '@angular/core';
import type { ScoreFrameworkRequest, ScoreFrameworkResponse } from '@jixiao/contracts';
import type { Framework, ObservedValue, Override } from '@jixiao/domain';
import { FrameworksApiService, I18nService, toApiError } from '@jixiao/web-data-access';
import { fullScoreObservation, observationKeys, observedLeaves } from '../model/framework-inputs';
import { leaves } from '../model/framework-tree';

export interface OverrideDraft {
  nodeId: string;
  score: string;
  reason: string;
}

/**
 * What was entered in the try-it panel and the last result. Lives as long as the editor, so the
 * figures stay when the framework is edited or another tab is shown.
 */
@Injectable()
export class TryItStore {
  private readonly api = inject(FrameworksApiService);
  private readonly i18n = inject(I18nService);

  readonly figures = signal<Record<string, number | null>>({});
  readonly observations = signal<Record<string, ObservedValue | null>>({});
  readonly overrides = signal<OverrideDraft[]>([]);
  readonly response = signal<ScoreFrameworkResponse | null>(null);
  readonly running = signal(false);
  readonly error = signal<string | null>(null);
  /** How many 酌情 (judgement) items the last "未填项按满分" put into 人工调整; 0 when none. */
  readonly judgementsFilled = signal(0);

  setFigure(key: string, value: number | null): void {
    this.figures.update((figures) => ({ ...figures, [key]: value }));
  }

  setObservation(nodeId: string, value: ObservedValue | null): void {
    this.observations.update((observations) => ({ ...observations, [nodeId]: value }));
  }

  /** Fills every observation not entered yet with the value that scores in full, where there is one. */
  fillFullScores(framework: Framework): void {
    const entered = this.observations();
    const filled: Record<string, ObservedValue | null> = { ...entered };
    for (const { node } of observedLeaves(framework)) {
      if (entered[node.id] !== undefined && entered[node.id] !== null) continue;
      const value = fullScoreObservation(node);
      if (value !== null) filled[node.id] = value;
    }
    this.observations.set(filled);
    this.fillJudgements(framework);
  }

  /**
   * 酌情给分 items have no observation to fill: the evaluator gives the score. So that the total is
   * not left at "—", each one without an override is added to 人工调整 at full weight, with a reason
   * saying so; the hint points there, where the scores can be changed.
   */
  private fillJudgements(framework: Framework): void {
    const overridden = new Set(this.overrides().map((draft) => draft.nodeId));
    const added: OverrideDraft[] = leaves(framework.indicators)
      .filter(({ node }) => node.rule?.kind === 'judgement' && !overridden.has(node.id))
      .map(({ node }) => ({
        nodeId: node.id,
        score: node.weight,
        reason: this.i18n.t('tryIt.judgementReason'),
      }));
    this.overrides.update((overrides) => [...overrides, ...added]);
    this.judgementsFilled.set(added.length);
  }

  addOverride(nodeId: string): void {
    this.overrides.update((overrides) => [...overrides, { nodeId, score: '', reason: '' }]);
  }

  patchOverride(index: number, patch: Partial<OverrideDraft>): void {
    this.overrides.update((overrides) => overrides.map((o, i) => (i === index ? { ...o, ...patch } : o)));
  }

  removeOverride(index: number): void {
    this.overrides.update((overrides) => overrides.filter((_, i) => i !== index));
  }

  /** The request for `framework`: only the values that were entered; overrides need score and reason. */
  request(framework: Framework): ScoreFrameworkRequest {
    const figures: Record<string, number> = {};
    for (const [key, value] of Object.entries(this.figures())) {
      if (typeof value === 'number' && Number.isFinite(value)) figures[key] = value;
    }
    const observations: Record<string, ObservedValue> = {};
    // Values entered for an indicator or clause since removed are left out, not sent (the API refuses them).
    const known = observationKeys(framework);
    for (const [key, value] of Object.entries(this.observations())) {
      if (value !== null && value !== '' && known.has(key)) observations[key] = value;
    }
    const overrides: Record<string, Override> = {};
    for (const draft of this.overrides()) {
      if (draft.nodeId && draft.score.trim() !== '') {
        overrides[draft.nodeId] = { score: draft.score.trim(), reason: draft.reason.trim() };
      }
    }
    return { framework, figures, observations, overrides };
  }

  /** An override with a score but no reason (the engine would refuse it). */
  missingReason(): boolean {
    return this.overrides().some((draft) => draft.score.trim() !== '' && draft.reason.trim() === '');
  }

  async run(framework: Framework): Promise<void> {
    if (this.missingReason()) {
      this.error.set(this.i18n.t('tryIt.reasonRequired'));
      return;
    }
    this.running.set(true);
    this.error.set(null);
    try {
      this.response.set(await this.api.evaluate(this.request(framework)));
    } catch (caught) {
      const error = toApiError(caught, this.i18n.locale());
      const details = error.details.map((detail) => detail.message);
      this.error.set([error.message, ...details].join('；'));
    } finally {
      this.running.set(false);
    }
  }
}
