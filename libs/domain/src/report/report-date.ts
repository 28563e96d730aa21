/** The zone a report is dated in: our users are Chinese finance bureaus, firms and units. */
export const REPORT_TIME_ZONE = 'Asia/Shanghai';

const CHINA_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: REPORT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The report's date (ISO day) for an instant: the day in China, not in UTC — a report generated at
 * 07:30 in 昌吉 (23:30 UTC the day before) is dated that morning's day.
 */
export function reportDateOf(instant: Date): string {
  return CHINA_DAY.format(instant);
}
