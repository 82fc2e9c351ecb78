/** The API counts a project's available tasks up to this many (WorkProject.availableTasks). */
const COUNTED_UP_TO = 1000;

/** A project's available tasks as the feed shows them: "1,000+" once the API stopped counting. */
export function formatAvailableTasks(count: number, locale: string): string {
  const formatted = new Intl.NumberFormat(locale).format(Math.min(count, COUNTED_UP_TO));
  return count >= COUNTED_UP_TO ? `${formatted}+` : formatted;
}
