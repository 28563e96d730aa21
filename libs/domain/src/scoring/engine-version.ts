/**
 * The version of the scoring engine (`evaluate` and its rules). A stored score records the engine
 * version that computed it; when this changes, stored scores are flagged as computed by an older
 * engine and recomputed only when a person asks — never silently rewritten.
 * Raise it whenever a rule, a measure or the rounding could give a different result for the same inputs.
 */
export const ENGINE_VERSION = '2026.12.1';
