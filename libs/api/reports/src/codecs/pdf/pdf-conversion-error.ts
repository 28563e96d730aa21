/** Why a .docx → PDF conversion failed: one code, one meaning (the caller maps `converter_missing` to 503). */
export type PdfConversionFailure = 'converter_missing' | 'conversion_timeout' | 'conversion_failed';

export const PDF_CONVERSION_MESSAGES: Readonly<
  Record<PdfConversionFailure, { 'zh-CN': string; 'en-US': string }>
> = {
  converter_missing: {
    'zh-CN': '服务器未安装 PDF 转换组件（LibreOffice），暂时无法生成 PDF，请先下载 Word 版本或联系管理员。',
    'en-US':
      'The PDF converter (LibreOffice) is not installed on the server; download the Word version or contact the administrator.',
  },
  conversion_timeout: {
    'zh-CN': 'PDF 转换超时，请稍后重试。',
    'en-US': 'The PDF conversion took too long; try again later.',
  },
  conversion_failed: {
    'zh-CN': 'PDF 转换失败，请稍后重试或联系管理员。',
    'en-US': 'The PDF conversion failed; try again later or contact the administrator.',
  },
};

export class PdfConversionError extends Error {
  constructor(
    readonly failure: PdfConversionFailure,
    detail: string,
  ) {
    super(`${failure}: ${detail}`);
    this.name = 'PdfConversionError';
  }
}
