import { IMPORT_MESSAGES } from './import.catalog';
import { SCORING_MESSAGES } from './scoring.catalog';
import { VALIDATION_MESSAGES } from './validation.catalog';

/** Every message code with its zh-CN and en-US text. */
export const CATALOG = { ...SCORING_MESSAGES, ...VALIDATION_MESSAGES, ...IMPORT_MESSAGES } as const;

export type MessageCode = keyof typeof CATALOG;
