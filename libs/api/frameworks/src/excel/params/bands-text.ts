import type { Band } from '@jixiao/domain';
import { formatNumber, parseDecimalText, parseNumberText } from '../number-text';
import { asciiBrackets, asciiMinus } from '../text-normalise';
import { fail, ok, type Parsed } from './parsed';
import { splitItems, splitPair } from './param-list';
import { parseReportInterval, settleLowerBounds } from './report-interval';

/**
 * 分档: `[0,0.1]=4; (0.1,0.4]=2; (1,+∞)=0`. "[" / "]" include the bound, "(" / ")" exclude it; a side
 * written WITHOUT a bracket takes the default (lower bound included, upper bound excluded), so
 * `0,0.1=4` is the band 0 ≤ x < 0.1. "-∞" / "+∞" leave a side unbounded.
 */
export function formatBands(bands: readonly Band[]): string {
  return bands.map(formatBand).join('; ');
}

function formatBand(band: Band): string {
  const open = band.minInclusive === undefined ? '' : band.minInclusive ? '[' : '(';
  const close = band.maxInclusive === undefined ? '' : band.maxInclusive ? ']' : ')';
  const lower = band.min === undefined ? '-∞' : formatNumber(band.min);
  const upper = band.max === undefined ? '+∞' : formatNumber(band.max);
  return `${open}${lower},${upper}${close}=${band.points}`;
}

const INTERVAL = /^([[(])?\s*([^,]*?)\s*,\s*([^,]*?)\s*([\])])?$/;
const MINUS_INFINITY = new Set(['-∞', '-inf', '-infinity']);
const PLUS_INFINITY = new Set(['+∞', '∞', 'inf', '+inf', 'infinity', '+infinity']);

function bound(text: string, infinity: ReadonlySet<string>): Parsed<number | undefined> {
  if (infinity.has(text.toLowerCase())) return ok(undefined);
  const value = parseNumberText(text);
  return value === null ? fail('param.bound_not_number', { text }) : ok(value);
}

function parseBand(item: string): Parsed<{ band: Band; lowerDefaulted: boolean }> {
  const pair = splitPair(item);
  if (pair === null) return fail('param.band_form', { item });
  const left = asciiMinus(asciiBrackets(pair.left)).trim();
  const interval = INTERVAL.exec(left);
  if (interval === null) {
    const report = parseReportInterval(left);
    if (report === null) return fail('param.interval_form', { text: pair.left });
    const points = parseDecimalText(pair.right);
    if (points === null) return fail('param.band_points', { item, text: pair.right });
    return ok({ band: { ...report.band, points }, lowerDefaulted: report.lowerDefaulted });
  }
  const [, open, lowerText = '', upperText = '', close] = interval;
  const lower = bound(lowerText, MINUS_INFINITY);
  if (!lower.ok) return lower;
  const upper = bound(upperText, PLUS_INFINITY);
  if (!upper.ok) return upper;
  const points = parseDecimalText(pair.right);
  if (points === null) return fail('param.band_points', { item, text: pair.right });
  const band: Band = { points };
  if (lower.value !== undefined) band.min = lower.value;
  if (open !== undefined) band.minInclusive = open === '[';
  if (upper.value !== undefined) band.max = upper.value;
  if (close !== undefined) band.maxInclusive = close === ']';
  return ok({ band, lowerDefaulted: false });
}

export function parseBands(text: string): Parsed<Band[]> {
  const items = splitItems(text);
  if (items.length === 0) return fail('param.bands_empty');
  const bands: Band[] = [];
  const defaulted: boolean[] = [];
  for (const item of items) {
    const band = parseBand(item);
    if (!band.ok) return band;
    bands.push(band.value.band);
    defaulted.push(band.value.lowerDefaulted);
  }
  settleLowerBounds(bands, defaulted);
  return ok(bands);
}
