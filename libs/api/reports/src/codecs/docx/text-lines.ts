/**
 * Line breaks in the model's text. `docx` already drops the characters XML 1.0 forbids; a line break,
 * though, it would write as is, and Word would show it as a space (or, for a vertical tab — what Word
 * itself writes for a manual line break when text is copied out of it — drop it).
 */
const BREAK = new RegExp(['\r\n', '\n', '\r', '\v', '\f'].join('|'));

/** Text that stands on one line (a heading, a caption, the cover): breaks become spaces. */
export const oneLine = (text: string): string => text.split(BREAK).join(' ');

/** The lines of a text, for manual line breaks in a paragraph or paragraphs in a table cell. */
export const lines = (text: string): string[] => text.split(BREAK);
