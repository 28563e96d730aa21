import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  creditCodeCheckCharacter,
  creditCodeProblem,
  isValidCreditCode,
  normaliseCreditCode,
} from './credit-code';

/** Written out independently of the code under test, straight from GB 32100-2015. */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = Array.from({ length: 17 }, (_, i) => {
  let weight = 1;
  for (let k = 0; k < i; k += 1) weight = (weight * 3) % 31;
  return weight;
});

function independentCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((total, char, i) => total + ALPHABET.indexOf(char) * (WEIGHTS[i] ?? 0), 0);
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** Codes as printed on published business licences. */
const PUBLISHED_CODES = [
  '91110000100006485K',
  '91440300708461136T',
  '914403001922038216',
  '91330100716105852F',
  '91110000802100433B',
  '91110108551385082Q',
  '91310000MA1FL1MMXL',
];

const alphabetChar = fc.constantFrom(...ALPHABET);
const base17 = fc.string({ unit: alphabetChar, minLength: 17, maxLength: 17 });
const validCode = base17.map((base) => base + independentCheckCharacter(base));

describe('credit code fixtures', () => {
  it('uses the weights 3^i mod 31', () => {
    expect(WEIGHTS).toEqual([1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]);
  });

  it.each(PUBLISHED_CODES)('%s has a correct check character by the independent computation', (code) => {
    expect(independentCheckCharacter(code.slice(0, 17))).toBe(code.charAt(17));
  });
});

describe('creditCodeProblem', () => {
  it.each(PUBLISHED_CODES)('accepts the published code %s', (code) => {
    expect(creditCodeProblem(code)).toBeNull();
    expect(isValidCreditCode(code)).toBe(true);
  });

  it.each(['', '9144030070846113', '91440300708461136', '91440300708461136TT', '91440300708461136T0'])(
    'reports length for %j',
    (code) => {
      expect(creditCodeProblem(code)).toBe('length');
    },
  );

  it.each(['I', 'O', 'Z', 'S', 'V'])('reports character for the forbidden letter %s', (letter) => {
    expect(creditCodeProblem(`9144030070846113${letter}T`)).toBe('character');
  });

  it.each(['-', ' ', '绩', 'a'])('reports character for %j inside the code', (char) => {
    expect(creditCodeProblem(`91440300${char}08461136T`)).toBe('character');
  });

  it('does not upper-case: a lower-case check character is a character problem', () => {
    expect(creditCodeProblem('91440300708461136t')).toBe('character');
    expect(isValidCreditCode('91310000ma1fl1mmxl')).toBe(false);
  });

  it('reports check_character when only the check character is wrong', () => {
    expect(creditCodeProblem('91440300708461136U')).toBe('check_character');
    expect(creditCodeProblem('914403001922038217')).toBe('check_character');
  });

  it('detects every change of one character to another alphabet character', () => {
    fc.assert(
      fc.property(
        validCode,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 30 }),
        (code, index, shift) => {
          const replaced = ALPHABET.charAt((ALPHABET.indexOf(code.charAt(index)) + shift) % 31);
          const changed = code.slice(0, index) + replaced + code.slice(index + 1);
          expect(changed).not.toBe(code);
          expect(creditCodeProblem(changed)).toBe('check_character');
        },
      ),
    );
  });

  it('detects every single-character change of each published code exhaustively', () => {
    for (const code of PUBLISHED_CODES) {
      for (let index = 0; index < 18; index += 1) {
        for (const replaced of ALPHABET) {
          if (replaced === code.charAt(index)) continue;
          const changed = code.slice(0, index) + replaced + code.slice(index + 1);
          expect(isValidCreditCode(changed), changed).toBe(false);
        }
      }
    }
  });
});

describe('creditCodeCheckCharacter', () => {
  it('agrees with the independent computation on the published codes', () => {
    expect(PUBLISHED_CODES.map((code) => creditCodeCheckCharacter(code.slice(0, 17)))).toEqual(
      PUBLISHED_CODES.map((code) => code.charAt(17)),
    );
  });

  it('makes any 17-character base a valid code', () => {
    fc.assert(
      fc.property(base17, (base) => {
        const check = creditCodeCheckCharacter(base);
        expect(check).toBe(independentCheckCharacter(base));
        expect(creditCodeProblem(`${base}${check ?? ''}`)).toBeNull();
      }),
    );
  });

  it.each(['', '9144030070846113', '91440300708461136T'])(
    'returns null for a base of the wrong length %j',
    (base) => {
      expect(creditCodeCheckCharacter(base)).toBeNull();
    },
  );

  it('returns null when the base contains a character outside the alphabet', () => {
    expect(creditCodeCheckCharacter('9144030070846113I')).toBeNull();
    expect(creditCodeCheckCharacter('9144030070846113a')).toBeNull();
  });
});

describe('normaliseCreditCode', () => {
  it('removes spaces and upper-cases what people type', () => {
    expect(normaliseCreditCode(' 9131 0000 ma1f l1mm xl\t')).toBe('91310000MA1FL1MMXL');
  });

  it('turns a typed lower-case code into a valid one', () => {
    expect(creditCodeProblem(normaliseCreditCode('91440300708461136t'))).toBeNull();
  });

  it('removes ideographic (full-width) spaces too', () => {
    expect(normaliseCreditCode('91440300\u3000708461136T')).toBe('91440300708461136T');
  });

  it('keeps a valid code unchanged', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        expect(normaliseCreditCode(code)).toBe(code);
      }),
    );
  });
});

describe('normaliseCreditCode with full-width input', () => {
  it('turns full-width digits and letters typed with a Chinese input method into ASCII', () => {
    expect(normaliseCreditCode('９１１１００００１００００６４８５ｋ')).toBe('91110000100006485K');
    expect(creditCodeProblem(normaliseCreditCode('９１１１００００１００００６４８５ｋ'))).toBeNull();
  });
});
