/** `3592.0600` → `3592.06`: a numeric column's text without its padding (exact, no float). */
export function decimalText(value: string): string;
export function decimalText(value: string | null): string | null;
export function decimalText(value: string | null): string | null {
  if (value === null) return null;
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}
