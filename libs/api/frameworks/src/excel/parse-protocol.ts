import type { FrameworkImportPreview } from '@jixiao/contracts';

/** A workbook sent to a parse worker (the bytes are transferred, not copied). */
export interface ParseRequest {
  id: number;
  data: Uint8Array;
}

/** The worker's answer: the preview the codec read, or why the codec itself failed. */
export type ParseReply = { id: number; preview: FrameworkImportPreview } | { id: number; failure: string };
