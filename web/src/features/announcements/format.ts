/** Date and time of an instant in the municipality's time zone, in the reader's language. */
export function formatWhen(at: string, language: string, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat(language, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(at));
}
