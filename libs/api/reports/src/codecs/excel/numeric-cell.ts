/** A cell's text as a spreadsheet number, kept exact until the very last step, with the format showing the same decimals. */
export interface NumericCell {
  value: number;
  numFmt: string;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(%?)$/;

/** "95.35%" → 0.9535 with format 0.00%; "4.40" → 4.4 with format 0.00; "优" → null. Up to 15 digits. */
export function numericCell(text: string): NumericCell | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) return null;
  const [, sign = '', whole = '', fraction = '', percent] = match;
  if ((whole + fraction).replace(/^0+/, '').length > 15) return null;
  const places = fraction.length;
  const format = places > 0 ? `0.${'0'.repeat(places)}` : '0';
  if (!percent) return { value: Number(`${sign}${whole}.${fraction || '0'}`), numFmt: format };
  // Shift the decimal point two places left in the text, then convert once.
  const digits = `${whole.padStart(3, '0')}${fraction}`;
  const point = digits.length - places - 2;
  return { value: Number(`${sign}${digits.slice(0, point)}.${digits.slice(point)}`), numFmt: `${format}%` };
}
