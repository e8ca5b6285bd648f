// One fixed format (British English, UTC), so the same document renders the same date on every server, in
// every browser and in every test. Written out instead of Intl.DateTimeFormat: client components render
// dates as they hydrate, and building a DateTimeFormat loads locale data, 130-180 ms of a phone's main thread
// at 4× CPU slowdown. tests/components/formatted-date.test.ts holds it to Intl's en-GB output.
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

const longDate = (date: Date) => `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`
const twoDigits = (value: number) => String(value).padStart(2, '0')

/** "2024-10-21" or an ISO datetime -> "21 October 2024"; null when the value is not a date. */
export function formatDate(value: string | null | undefined): string | null {
  if (!value) return null
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value)
  return Number.isNaN(date.getTime()) ? null : longDate(date)
}

/** A date a reader can read and a machine can parse. */
export function FormattedDate({ value, className }: { value: string | null | undefined; className?: string }) {
  const text = formatDate(value)
  if (!value || !text) return null
  return (
    <time dateTime={value} className={className}>
      {text}
    </time>
  )
}

/** An ISO datetime -> "1 December 2026, 16:53 UTC": the same on every server and in every browser. */
export function formatDateTime(value: string): string | null {
  const date = new Date(value)
  return Number.isNaN(date.getTime())
    ? null
    : `${longDate(date)}, ${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())} UTC`
}

/** A moment (a comment posted), to the minute, readable and machine-parseable. */
export function FormattedDateTime({ value, className }: { value: string; className?: string }) {
  const text = formatDateTime(value)
  if (!text) return null
  return (
    <time dateTime={value} className={className}>
      {text}
    </time>
  )
}
