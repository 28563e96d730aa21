import type { HistoryEntry } from '@jixiao/contracts';
import { currentStepIndex, phaseSteps } from './phase-steps';

const entry = (from: HistoryEntry['from'], to: HistoryEntry['to']): HistoryEntry => ({
  seq: 1,
  at: '2026-01-01T00:00:00Z',
  actorName: '王芳',
  actorOrganisationName: '某市财政局',
  event: 'CANCEL',
  from,
  to,
  comment: '预算调整',
});

describe('phaseSteps', () => {
  it('finishes the phases before the current one and waits for the later ones', () => {
    const steps = phaseSteps(
      'preparation.submitted',
      { preparation: '2026-03-31', fieldwork: '2026-05-31' },
      false,
    );
    expect(steps.map((step) => step.state)).toEqual([
      'finish',
      'process',
      'wait',
      'wait',
      'wait',
      'wait',
      'wait',
      'wait',
    ]);
    expect(steps[1]).toMatchObject({ phase: 'preparation', dueDate: '2026-03-31', overdue: false });
    expect(steps[2]?.dueDate).toBe('2026-05-31');
    expect(currentStepIndex(steps)).toBe(1);
  });

  it('marks an overdue current phase as error and overdue', () => {
    const steps = phaseSteps('fieldwork', { fieldwork: '2026-01-01' }, true);
    expect(steps[2]).toMatchObject({ phase: 'fieldwork', state: 'error', overdue: true });
    expect(steps.filter((step) => step.overdue)).toHaveLength(1);
  });

  it('shows a returned plan and a declined commission as needing attention', () => {
    expect(phaseSteps('preparation.returned', {}, false)[1]?.state).toBe('error');
    expect(phaseSteps('declined', {}, false)[0]?.state).toBe('error');
  });

  it('stops a cancelled evaluation at the phase it was cancelled in', () => {
    const steps = phaseSteps('cancelled', {}, false, [
      entry(null, 'commissioned'),
      entry('preparation.drafting', 'cancelled'),
    ]);
    expect(steps.map((step) => step.state).slice(0, 3)).toEqual(['finish', 'error', 'wait']);
  });

  it('finishes every phase once archived', () => {
    const steps = phaseSteps('archived', {}, false);
    expect(steps.every((step) => step.state === 'finish')).toBe(true);
    expect(currentStepIndex(steps)).toBe(steps.length);
  });
});
