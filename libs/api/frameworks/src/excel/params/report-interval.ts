import type { Band } from '@jixiao/domain';
import { parseNumberText } from '../number-text';

/** A band read from a report's own wording, and whether its lower bound's inclusion was left to the default. */
export interface ReportBand {
  band: Omit<Band, 'points'>;
  lowerDefaulted: boolean;
}

const NUM = String.raw`[+-]?\d+(?:\.\d+)?%?`;
const MARK = String.raw`(?:\((不)?含\))?`;
const ONE_SIDED = new RegExp(String.raw`^(<=|>=|<|>|≤|≥)(${NUM})$`);
const OPEN_ENDED = new RegExp(String.raw`^(${NUM})${MARK}(以上|以下)$`);
const RANGE = new RegExp(String.raw`^(${NUM})${MARK}(?:-|~|至|到)(${NUM})${MARK}$`);

function value(text: string, percent: boolean): number | null {
  return parseNumberText(percent && !text.endsWith('%') ? `${text}%` : text);
}

/**
 * The wording reports use for bands, after full-width characters and dashes are made ASCII:
 * "0-10%(含)", "10%-40%", "61-100%" (a % on either side applies to both), ">100%", "≤10%",
 * "100%以上", "10%(含)以下". "(含)" / "(不含)" after a bound say whether it is included. Without
 * a mark a range includes its upper bound and excludes its lower one, as "a–b（含）" reads in
 * reports (the lowest band keeps its lower bound, see `settleLowerBounds`); "以上" / "以下" include
 * their bound (含本数), ">" / "<" exclude it.
 */
export function parseReportInterval(raw: string): ReportBand | null {
  const text = raw.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
  const oneSided = ONE_SIDED.exec(text);
  if (oneSided !== null) {
    const bound = value(oneSided[2] ?? '', false);
    if (bound === null) return null;
    const op = oneSided[1] ?? '';
    const inclusive = op.includes('=') || op === '≤' || op === '≥';
    return op.startsWith('>') || op === '≥'
      ? { band: { min: bound, minInclusive: inclusive }, lowerDefaulted: false }
      : { band: { max: bound, maxInclusive: inclusive }, lowerDefaulted: false };
  }
  const open = OPEN_ENDED.exec(text);
  if (open !== null) {
    const bound = value(open[1] ?? '', false);
    if (bound === null) return null;
    const inclusive = open[2] !== '不';
    return open[3] === '以上'
      ? { band: { min: bound, minInclusive: inclusive }, lowerDefaulted: false }
      : { band: { max: bound, maxInclusive: inclusive }, lowerDefaulted: false };
  }
  const range = RANGE.exec(text);
  if (range === null) return null;
  const [, lowerText = '', lowerMark, upperText = '', upperMark] = range;
  const percent = lowerText.endsWith('%') || upperText.endsWith('%');
  const min = value(lowerText, percent);
  const max = value(upperText, percent);
  if (min === null || max === null) return null;
  const lowerStated = lowerMark !== undefined;
  return {
    band: {
      min,
      minInclusive: lowerStated ? lowerMark !== '不' : false,
      max,
      maxInclusive: upperMark !== '不',
    },
    lowerDefaulted: !lowerStated,
  };
}

/**
 * A range's unmarked lower bound is excluded only when another band includes that value as its upper
 * bound ("0-10%(含)" then "10%-40%"); the lowest band ("0-10%") keeps its lower bound.
 */
export function settleLowerBounds(bands: Band[], defaulted: readonly boolean[]): void {
  bands.forEach((band, index) => {
    if (!defaulted[index] || band.min === undefined) return;
    const covered = bands.some(
      (other, j) => j !== index && other.max === band.min && (other.maxInclusive ?? false),
    );
    band.minInclusive = !covered;
  });
}
