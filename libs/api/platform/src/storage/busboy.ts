import type { IncomingHttpHeaders } from 'node:http';
import type { Readable, Writable } from 'node:stream';
// busboy's own declarations (@types/busboy) are not relied on: the part used is typed below.
import busboyUntyped from 'busboy';

export interface BusboyFileInfo {
  filename: string | undefined;
  encoding: string;
  mimeType: string;
}

/** Busboy's file stream: emits `limit` when the file reaches `limits.fileSize` (and is then cut). */
export type BusboyFileStream = Readable & { truncated: boolean };

export type Busboy = Writable & {
  on(event: 'file', listener: (name: string, stream: BusboyFileStream, info: BusboyFileInfo) => void): Busboy;
};

export interface BusboyOptions {
  headers: IncomingHttpHeaders;
  /** Charset of `filename="…"` parameters; browsers send UTF-8. */
  defParamCharset?: string;
  limits?: Partial<
    Record<'fieldNameSize' | 'fieldSize' | 'fields' | 'fileSize' | 'files' | 'parts' | 'headerPairs', number>
  >;
}

/** Throws when the request is not multipart/form-data with a boundary. */
export const busboy = busboyUntyped as unknown as (options: BusboyOptions) => Busboy;
