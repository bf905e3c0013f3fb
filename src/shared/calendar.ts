/**
 * Calendar days as the business sees them: in Romania. Validity dates, due
 * dates and document years change at midnight in Bucharest, not in UTC.
 */
const BUSINESS_TIME_ZONE = 'Europe/Bucharest';

// en-CA formats as YYYY-MM-DD.
const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The ISO date (`2026-12-31`) of `at` in Bucharest. */
export function businessDay(at: Date = new Date()): string {
  return dayFormat.format(at);
}

/** The year of `at` in Bucharest, which numbers documents. */
export function businessYear(at: Date = new Date()): number {
  return Number(businessDay(at).slice(0, 4));
}

/** The ISO date `days` calendar days after `isoDate` (negative goes back). */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
