/**
 * Full-width ASCII (Ｕ+FF01–FF5E, as typed with a Chinese input method) and the ideographic space,
 * mapped to their ASCII forms. Used for codes, numbers and separators only, never for free text.
 */
export function halfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (char) =>
    char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  );
}

/** Typographic minus and dash variants people paste for "-". */
export function asciiMinus(text: string): string {
  return text.replace(/[−－–—]/g, '-');
}

/** Chinese brackets used for intervals, and the 【】 pair, as ASCII. */
export function asciiBrackets(text: string): string {
  return halfWidth(text).replace(/【/g, '[').replace(/】/g, ']');
}
