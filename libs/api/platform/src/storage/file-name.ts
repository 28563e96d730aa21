/** Longest display name kept, in code points; longer names keep their start and their extension. */
export const MAX_FILE_NAME_LENGTH = 200;
const MAX_EXTENSION_LENGTH = 16;

/**
 * Invisible or reordering characters: C0/C1 controls (incl. NUL), format characters (bidi overrides
 * such as U+202E that make `exe.pdf` read as `fdp.exe`, zero-width characters, BOM), line and paragraph
 * separators, private-use and lone surrogate code points.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}]/gu;
/** Characters Windows forbids in names; shown as `_` so a downloaded file keeps a usable name. */
const RESERVED = /[<>:"|?*]/g;

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot) : '';
  return [...extension].length <= MAX_EXTENSION_LENGTH ? extension : '';
}

function shorten(name: string): string {
  const points = [...name];
  if (points.length <= MAX_FILE_NAME_LENGTH) return name;
  const extension = extensionOf(name);
  const keep = MAX_FILE_NAME_LENGTH - [...extension].length;
  return points.slice(0, keep).join('').trimEnd() + extension;
}

/**
 * The name of an uploaded file as it may be shown and offered back on download: the last path
 * component only, Unicode NFC, without invisible or reordering characters, reserved characters as `_`,
 * spaces collapsed, no leading dots, at most 200 code points. Chinese and other scripts are kept.
 * Only for display: storage keys never come from it.
 */
export function displayFileName(raw: string | null | undefined, fallback = 'file'): string {
  const base = (raw ?? '').split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(RESERVED, '_')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s.]+/u, '')
    .trimEnd();
  return cleaned === '' ? fallback : shorten(cleaned);
}
