/**
 * OOXML reads `_xHHHH_` in a cell's text as the character U+HHHH, so a text that contains such a
 * sequence literally ("a_x0000_") must be written with its "_" escaped as `_x005F_`.
 */
export function escapeCellText(text: string): string {
  return text.replace(/_(?=x[0-9a-fA-F]{4}_)/g, '_x005F_');
}
