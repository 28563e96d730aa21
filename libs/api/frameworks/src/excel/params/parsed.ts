/** The outcome of reading one cell's text: a value, or the reason (Chinese, for the user) it is not one. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

export function fail<T = never>(message: string): Parsed<T> {
  return { ok: false, message };
}
