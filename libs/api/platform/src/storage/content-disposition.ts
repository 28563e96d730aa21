import { displayFileName } from './file-name';

/** RFC 5987 attr-chars are letters, digits and !#$&+-.^_`|~; encodeURIComponent leaves '()* unescaped. */
function encodeExtValue(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** A plain-ASCII stand-in for clients that ignore `filename*`: accents dropped, other characters `_`. */
function asciiFallback(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\%;]/g, '_')
    .replace(/_+/g, '_');
  const dot = ascii.lastIndexOf('.');
  const stem = dot > 0 ? ascii.slice(0, dot) : ascii;
  const extension = dot > 0 ? ascii.slice(dot) : '';
  return /[A-Za-z0-9]/.test(stem) ? ascii : `download${/^\.[A-Za-z0-9]+$/.test(extension) ? extension : ''}`;
}

/**
 * `Content-Disposition` for a download (RFC 6266): always `attachment`, an ASCII `filename` and the
 * exact UTF-8 name in `filename*` (RFC 5987), e.g. for `委托书.pdf`:
 * `attachment; filename="download.pdf"; filename*=UTF-8''%E5%A7%94%E6%89%98%E4%B9%A6.pdf`.
 */
export function attachmentDisposition(name: string): string {
  const clean = displayFileName(name, 'download');
  return `attachment; filename="${asciiFallback(clean)}"; filename*=UTF-8''${encodeExtValue(clean)}`;
}
