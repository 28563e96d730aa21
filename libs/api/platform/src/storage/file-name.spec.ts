import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileNameArbitrary } from './testing/file-name-arbitrary';
import { displayFileName, MAX_FILE_NAME_LENGTH } from './file-name';

describe('displayFileName', () => {
  it.each([
    ['委托书.pdf', '委托书.pdf'],
    ['绩效评价报告（终稿）.docx', '绩效评价报告（终稿）.docx'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\张三\\Desktop\\方案.docx', '方案.docx'],
    ['a/b\\c.pdf', 'c.pdf'],
    ['nul\u0000byte.pdf', 'nulbyte.pdf'],
    ['line\r\nbreak.pdf', 'linebreak.pdf'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['\u2066isolate\u2069.pdf', 'isolate.pdf'],
    ['zero\u200Bwidth\uFEFF.pdf', 'zerowidth.pdf'],
    ['wh<at>:"|?*.pdf', 'wh_at______.pdf'],
    ['many    spaces .pdf', 'many spaces .pdf'],
    ['.bashrc', 'bashrc'],
    ['...', 'file'],
    ['', 'file'],
    [null, 'file'],
    [undefined, 'file'],
    ['dir/', 'file'],
    ['e\u0301te\u0301.pdf', 'été.pdf'],
  ])('%j → %j', (raw, expected) => {
    expect(displayFileName(raw)).toBe(expected);
  });

  it('uses the given fallback for a name with nothing left', () => {
    expect(displayFileName('\u202E', '未命名')).toBe('未命名');
  });

  it('shortens a long name but keeps its extension', () => {
    const name = displayFileName(`${'报'.repeat(500)}.pdf`);
    expect([...name].length).toBe(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith('报.pdf')).toBe(true);
  });

  it('never returns a path, an invisible character or an over-long name, whatever it gets', () => {
    fc.assert(
      fc.property(fileNameArbitrary, (raw) => {
        const name = displayFileName(raw);
        return (
          name.length > 0 &&
          [...name].length <= MAX_FILE_NAME_LENGTH &&
          !/[/\\<>:"|?*]/.test(name) &&
          !/[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}]/u.test(name) &&
          !name.startsWith('.') &&
          displayFileName(name) === name
        );
      }),
    );
  });
});
