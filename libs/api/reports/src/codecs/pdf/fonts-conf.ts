/**
 * The fonts a report names (as users have them in Word and WPS) → free faces Debian ships, for the
 * LibreOffice that converts .docx to PDF on the server (handed to it as FONTCONFIG_FILE).
 * - 仿宋 / 宋体 / 方正小标宋: Noto Serif CJK SC (fonts-noto-cjk). cwTeX 仿宋 (fonts-cwtex-fs) was tried and
 *   rejected: it is a Big5 face that lacks 316 of the 941 characters of seed 1 (专、东、业 …), which would
 *   fall back glyph by glyph to another face.
 * - 楷体: AR PL UKai CN (fonts-arphic-ukai), a full GB 2312 Kaiti.
 * - 黑体: Noto Sans CJK SC (fonts-noto-cjk).
 * 方正小标宋简体 is a heavy Song, so it maps to the bold weight of Noto Serif CJK SC.
 */
const SERIF = 'Noto Serif CJK SC';
const KAI = 'AR PL UKai CN';
const SANS = 'Noto Sans CJK SC';

export const FONT_ALIASES: Readonly<Record<string, string>> = {
  仿宋_GB2312: SERIF,
  仿宋: SERIF,
  FangSong: SERIF,
  FangSong_GB2312: SERIF,
  宋体: SERIF,
  SimSun: SERIF,
  方正小标宋简体: SERIF,
  楷体_GB2312: KAI,
  楷体: KAI,
  KaiTi: KAI,
  KaiTi_GB2312: KAI,
  黑体: SANS,
  SimHei: SANS,
};

/** The Debian packages the aliases need (tools/test.sh and tools/start.sh install them). */
export const SERVER_FONT_PACKAGES = ['fonts-noto-cjk', 'fonts-arphic-ukai'] as const;

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const substitute = (named: string, face: string): string => `  <match target="pattern">
    <test name="family" qual="any"><string>${escapeXml(named)}</string></test>
    <edit name="family" mode="prepend" binding="strong"><string>${escapeXml(face)}</string></edit>
  </match>`;

const HEAVY_TITLE = `  <match target="pattern">
    <test name="family" qual="any"><string>方正小标宋简体</string></test>
    <edit name="weight" mode="assign" binding="strong"><const>bold</const></edit>
  </match>`;

/** A fontconfig file: the aliases first, then the system's own configuration and fonts. */
export function fontsConf(cacheDir: string): string {
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
${Object.entries(FONT_ALIASES)
  .map(([named, face]) => substitute(named, face))
  .join('\n')}
${HEAVY_TITLE}
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <cachedir>${escapeXml(cacheDir)}</cachedir>
</fontconfig>
`;
}
