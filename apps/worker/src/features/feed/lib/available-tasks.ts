/** A project's available tasks as the feed shows them: "1,000+" when the API stopped counting (`more`). */
export function formatAvailableTasks(count: number, more: boolean, locale: string): string {
  const formatted = new Intl.NumberFormat(locale).format(count);
  return more ? `${formatted}+` : formatted;
}
