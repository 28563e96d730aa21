import fc from 'fast-check';

const TRICKY = [
  '/',
  '\\',
  '.',
  '..',
  ' ',
  '\t',
  '\r\n',
  '\u0000',
  '\u007f',
  '\u0085',
  '\u202E',
  '\u2066',
  '\u200B',
  '\uFEFF',
  '\u2028',
  '\uD800',
  '\uDC00',
  '\uE000',
  '"',
  "'",
  '%',
  ';',
  '*',
  ':',
  '<',
  '报',
  '（',
  'é',
  'e\u0301',
  'ﬁ',
  '.pdf',
];

/** Names users (or attackers) might send: any code point, weighted towards separators and invisible characters. */
export const fileNameArbitrary = fc
  .array(
    fc.oneof(
      fc.constantFrom(...TRICKY),
      fc.integer({ min: 0, max: 0x10ffff }).map((point) => String.fromCodePoint(point)),
    ),
    { maxLength: 300 },
  )
  .map((parts) => parts.join(''));
