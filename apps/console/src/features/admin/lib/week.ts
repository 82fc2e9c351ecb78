/**
 * The week of the worker audit, as its day: the API's weeks start at midnight UTC on Monday, so the
 * date is read in UTC (in a browser west of UTC it would otherwise show as the Sunday evening before).
 */
export function formatWeek(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
