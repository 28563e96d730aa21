import { eventDialog, eventInputProblem, orderedEvents, transitionRequest } from './event-dialog';

describe('event dialogs', () => {
  it.each(['DECLINE', 'CANCEL', 'RETURN_PLAN', 'RETURN_REVIEW', 'RETURN_ISSUED'] as const)(
    '%s asks for a required reason and is a danger action',
    (event) => {
      const dialog = eventDialog(event);
      expect(dialog).toMatchObject({ needsReason: true, danger: true, needsFirm: false });
      expect(eventInputProblem(dialog, { comment: '  ', firmId: null })).toBe('comment');
      expect(eventInputProblem(dialog, { comment: '人员不足', firmId: null })).toBeNull();
    },
  );

  it('ACCEPT and APPROVE_PLAN need only a confirmation', () => {
    for (const event of ['ACCEPT', 'APPROVE_PLAN'] as const) {
      const dialog = eventDialog(event);
      expect(dialog).toMatchObject({ needsReason: false, needsFirm: false, primary: true });
      expect(eventInputProblem(dialog, { comment: '', firmId: null })).toBeNull();
    }
  });

  it('REASSIGN_FIRM requires another firm and sends it', () => {
    const dialog = eventDialog('REASSIGN_FIRM');
    expect(eventInputProblem(dialog, { comment: '', firmId: null })).toBe('firmId');
    expect(transitionRequest(dialog, { comment: '', firmId: 'f2' }, 4)).toEqual({
      event: 'REASSIGN_FIRM',
      version: 4,
      firmId: 'f2',
    });
  });

  it('trims the comment, leaves an empty one out and never sends a firm for other events', () => {
    expect(transitionRequest(eventDialog('RETURN_PLAN'), { comment: ' 补充风险 ', firmId: 'x' }, 7)).toEqual({
      event: 'RETURN_PLAN',
      version: 7,
      comment: '补充风险',
    });
    expect(transitionRequest(eventDialog('ACCEPT'), { comment: ' ', firmId: null }, 1)).toEqual({
      event: 'ACCEPT',
      version: 1,
    });
  });

  it('orders primary actions first and danger actions last', () => {
    const order = orderedEvents(['CANCEL', 'RETURN_PLAN', 'APPROVE_PLAN', 'REASSIGN_FIRM']).map(
      (d) => d.event,
    );
    expect(order).toEqual(['APPROVE_PLAN', 'REASSIGN_FIRM', 'CANCEL', 'RETURN_PLAN']);
  });
});
