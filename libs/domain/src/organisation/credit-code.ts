/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from a 31-symbol alphabet
 * (digits and upper-case letters without I, O, Z, S, V); the last one is a check character computed
 * with weights 3^i mod 31 over the first 17.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeProblem = 'length' | 'character' | 'check_character';

/** The check character for the first 17 characters, or null when one of them is not in the alphabet. */
export function creditCodeCheckCharacter(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) return null;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** Why a code is not a valid unified social credit code, or null when it is. Expects upper case. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return 'length';
  for (const char of code) if (!ALPHABET.includes(char)) return 'character';
  return creditCodeCheckCharacter(code.slice(0, 17)) === code.charAt(17) ? null : 'check_character';
}

export function isValidCreditCode(code: string): boolean {
  return creditCodeProblem(code) === null;
}

/**
 * Cleans codes the way people type them: spaces, lower case, and full-width characters from a
 * Chinese input method (９１４４… → 9144…).
 */
export function normaliseCreditCode(input: string): string {
  return input
    .replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .toUpperCase();
}
