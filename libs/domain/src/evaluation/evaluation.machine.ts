import { assign, setup } from 'xstate';
import type { EvaluationEvent } from './evaluation-events';
import { DEFAULT_REVIEW_LEVELS, type EvaluationContext, type EvaluationInput } from './evaluation-context';
import { eventRefusal } from './event-rules';

/**
 * Version of the machine's states and context. A stored snapshot records it; `loadEvaluationSnapshot`
 * upgrades snapshots of older versions. Bump it when a state is renamed or the context changes shape.
 */
export const EVALUATION_MACHINE_VERSION = 1;

/**
 * The lifecycle of one evaluation, commission to archive (DOMAIN.md). Pure: no actions with side
 * effects, guards are functions of (context, event) where the event carries the actor and the facts.
 * The API computes the next state with `transition()` and persists it; the web asks the same
 * machine which actions to offer.
 */
export const evaluationMachine = setup({
  types: {
    context: {} as EvaluationContext,
    events: {} as EvaluationEvent,
    input: {} as EvaluationInput,
  },
  guards: {
    allowed: ({ context, event }) => eventRefusal(context, event) === null,
    allowedAndLevelsLeft: ({ context, event }) =>
      eventRefusal(context, event) === null && context.signedLevels < context.reviewLevels,
  },
  actions: {
    assignNewFirm: assign({
      parties: ({ context, event }) => ({
        ...context.parties,
        firmOrgId: event.newFirmOrgId ?? context.parties.firmOrgId,
      }),
    }),
    signLevel: assign({ signedLevels: ({ context }) => context.signedLevels + 1 }),
    restartReview: assign({ signedLevels: 0 }),
    /** A new review round: the firm's number of levels now (event facts), none signed yet. */
    startReview: assign({
      reviewLevels: ({ context, event }) => event.facts.firmReviewLevels ?? context.reviewLevels,
      signedLevels: 0,
    }),
  },
}).createMachine({
  id: 'evaluation',
  initial: 'commissioned',
  context: ({ input }) => ({
    parties: input.parties,
    reviewLevels: input.reviewLevels ?? DEFAULT_REVIEW_LEVELS,
    signedLevels: 0,
  }),
  states: {
    commissioned: {
      on: {
        ACCEPT: { guard: 'allowed', target: 'preparation' },
        DECLINE: { guard: 'allowed', target: 'declined' },
        CANCEL: { guard: 'allowed', target: 'cancelled' },
      },
    },
    declined: {
      on: {
        REASSIGN_FIRM: { guard: 'allowed', target: 'commissioned', actions: 'assignNewFirm' },
        CANCEL: { guard: 'allowed', target: 'cancelled' },
      },
    },
    preparation: {
      initial: 'drafting',
      on: { CANCEL: { guard: 'allowed', target: 'cancelled' } },
      states: {
        drafting: { on: { SUBMIT_PLAN: { guard: 'allowed', target: 'submitted' } } },
        submitted: {
          on: {
            RETURN_PLAN: { guard: 'allowed', target: 'returned' },
            APPROVE_PLAN: { guard: 'allowed', target: '#evaluation.fieldwork' },
          },
        },
        returned: { on: { SUBMIT_PLAN: { guard: 'allowed', target: 'submitted' } } },
      },
    },
    fieldwork: {
      on: {
        CLOSE_FIELDWORK: { guard: 'allowed', target: 'draft' },
        CANCEL: { guard: 'allowed', target: 'cancelled' },
      },
    },
    draft: {
      on: {
        SEND_FOR_FEEDBACK: { guard: 'allowed', target: 'feedback' },
        CANCEL: { guard: 'allowed', target: 'cancelled' },
      },
    },
    feedback: {
      on: {
        PRODUCE_FINAL: { guard: 'allowed', target: 'final_draft' },
        CANCEL: { guard: 'allowed', target: 'cancelled' },
      },
    },
    final_draft: {
      on: {
        SUBMIT_FOR_REVIEW: { guard: 'allowed', target: 'review', actions: 'startReview' },
        CANCEL: { guard: 'allowed', target: 'cancelled' },
      },
    },
    review: {
      on: {
        SIGN_REVIEW: { guard: 'allowedAndLevelsLeft', actions: 'signLevel' },
        RETURN_REVIEW: { guard: 'allowed', target: 'final_draft', actions: 'restartReview' },
        ISSUE: { guard: 'allowed', target: 'issued' },
        CANCEL: { guard: 'allowed', target: 'cancelled' },
      },
    },
    issued: {
      on: {
        ACKNOWLEDGE: { guard: 'allowed', target: 'acknowledged' },
        RETURN_ISSUED: { guard: 'allowed', target: 'final_draft', actions: 'restartReview' },
      },
    },
    acknowledged: { on: { ARCHIVE: { guard: 'allowed', target: 'archived' } } },
    archived: { type: 'final' },
    cancelled: { type: 'final' },
  },
});
