import { isDecimalString } from '@jixiao/domain';
import { asciiMinus, halfWidth } from './text-normalise';

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** Moves the decimal point of a plain decimal two places left: "16.5" → "0.165", "-5" → "-0.05". */
function percentToDecimal(text: string): string | null {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || `${match[2] ?? ''}${match[3] ?? ''}` === '') return null;
  const digits = `${(match[2] ?? '').padStart(3, '0')}${match[3] ?? ''}`;
  const point = digits.length - (match[3] ?? '').length - 2;
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const fraction = digits.slice(point).replace(/0+$/, '');
  return `${match[1] === '-' ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

function clean(text: string): string {
  return asciiMinus(halfWidth(text)).replace(/\s+/g, '');
}

/** A measured value or anchor: "0.6", "60%", "１.５", "-2", "1e-7"; null when it is not a number. */
export function parseNumberText(text: string): number | null {
  const value = clean(text);
  if (value.endsWith('%')) {
    const shifted = percentToDecimal(value.slice(0, -1));
    return shifted === null ? null : Number(shifted);
  }
  if (!NUMBER.test(value)) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/** A weight or points as a decimal string, kept exactly as written ("1.50" stays "1.50"); "75%" → "0.75" when allowed. */
export function parseDecimalText(text: string, allowPercent = false): string | null {
  const value = clean(text);
  if (allowPercent && value.endsWith('%')) return percentToDecimal(value.slice(0, -1));
  return isDecimalString(value) ? value : null;
}

/** Writes a number so that `parseNumberText` gives back exactly the same number (including −0). */
export function formatNumber(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}

/** Reads a numeric cell as a spreadsheet shows it: 15 significant digits, so =0.1+0.2 reads "0.3". */
export function numberCellText(value: number): string {
  return formatNumber(Number(value.toPrecision(15)));
}

/**
 * Whether a decimal string can be written as a numeric cell and read back identically: its own
 * shortest form, and no more than the 15 significant digits a spreadsheet keeps.
 */
export function fitsNumberCell(text: string): boolean {
  const value = Number(text);
  return Number.isFinite(value) && formatNumber(value) === text && numberCellText(value) === text;
}
