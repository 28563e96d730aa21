import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileNameArbitrary } from './testing/file-name-arbitrary';
import { attachmentDisposition } from './content-disposition';

function encodedName(header: string): string {
  return decodeURIComponent(/filename\*=UTF-8''([^;]+)$/.exec(header)?.[1] ?? '');
}

describe('attachmentDisposition', () => {
  it.each([
    ['report.pdf', `attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`],
    ['委托书.pdf', `attachment; filename="download.pdf"; filename*=UTF-8''%E5%A7%94%E6%89%98%E4%B9%A6.pdf`],
    [
      'Résumé 2026.pdf',
      `attachment; filename="Resume 2026.pdf"; filename*=UTF-8''R%C3%A9sum%C3%A9%202026.pdf`,
    ],
    [
      "it's (final)*.pdf",
      `attachment; filename="it's (final)_.pdf"; filename*=UTF-8''it%27s%20%28final%29_.pdf`,
    ],
    ['100%;done.pdf', `attachment; filename="100_done.pdf"; filename*=UTF-8''100%25%3Bdone.pdf`],
    ['方案v2.docx', `attachment; filename="_v2.docx"; filename*=UTF-8''%E6%96%B9%E6%A1%88v2.docx`],
  ])('%j → %s', (name, header) => {
    expect(attachmentDisposition(name)).toBe(header);
  });

  it('is a safe header for any name: ASCII only, quoted fallback without quotes, exact UTF-8 name', () => {
    const shape = /^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9%!#$&+.^_`|~-]+$/;
    fc.assert(
      fc.property(fileNameArbitrary, (raw) => {
        const header = attachmentDisposition(raw);
        const fallback = /filename="([^"]*)"/.exec(header)?.[1] ?? '';
        return (
          shape.test(header) &&
          !/["\\%;]/.test(fallback) &&
          /[A-Za-z0-9]/.test(fallback) &&
          encodedName(header).length > 0
        );
      }),
    );
  });

  it('offers the cleaned display name, never a path', () => {
    expect(encodedName(attachmentDisposition('../../etc/passwd'))).toBe('passwd');
  });
});
