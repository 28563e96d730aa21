import type { IFontAttributesProperties } from 'docx';

/**
 * The page and type of an official Chinese report (`shared/notes/report-format.md`, after GB/T 9704-2012),
 * in the units the .docx format uses: twips for lengths, half-points for font sizes.
 */

const twip = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);

export const A4 = { width: twip(210), height: twip(297) } as const;

/** Portrait: 天头 37 mm, 订口 28 mm, right 26 mm, bottom 35 mm → a 156 × 225 mm type area. */
export const PORTRAIT_MARGINS = {
  top: twip(37),
  left: twip(28),
  right: twip(26),
  bottom: twip(35),
  header: twip(15),
  footer: twip(22),
} as const;

/** Landscape keeps the same 225 × 156 mm type area turned on its side. */
export const LANDSCAPE_MARGINS = {
  top: twip(28),
  left: twip(37),
  right: twip(35),
  bottom: twip(26),
  header: twip(12),
  footer: twip(14),
} as const;

export const TYPE_AREA_WIDTH = {
  portrait: A4.width - PORTRAIT_MARGINS.left - PORTRAIT_MARGINS.right,
  landscape: A4.height - LANDSCAPE_MARGINS.left - LANDSCAPE_MARGINS.right,
} as const;

/** Chinese type sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 小4 12 pt. */
export const SIZE = { hao2: 44, hao3: 32, hao4: 28, xiao4: 24 } as const;

/** Fixed line spacing of the body, ~28.9 pt (22 lines in the 225 mm type area). */
export const BODY_LINE = 578;
/** Two characters of 3号 text: the body's first-line indent. */
export const BODY_INDENT = 2 * 16 * 20;

/**
 * Fonts named as users have them in Word and WPS, East-Asian name first, with the Windows ASCII names
 * as fallbacks. `hint: eastAsia` makes Word draw ambiguous characters (“”、—) in the Chinese face.
 */
const font = (eastAsia: string, ascii: string): IFontAttributesProperties => ({
  eastAsia,
  ascii,
  hAnsi: ascii,
  cs: ascii,
  hint: 'eastAsia',
});

export const FONT = {
  /** Body, level-3 and level-4 headings, tables. */
  fangsong: font('仿宋_GB2312', 'FangSong'),
  /** Level-2 headings. */
  kaiti: font('楷体_GB2312', 'KaiTi'),
  /** Level-1 headings. */
  heiti: font('黑体', 'SimHei'),
  /** The title. */
  title: font('方正小标宋简体', 'SimSun'),
  /** Page numbers. */
  songti: font('宋体', 'SimSun'),
} as const;
