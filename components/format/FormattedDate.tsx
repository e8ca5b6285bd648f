// Fixed locale and UTC so the same document renders the same date on every server and in every test.
const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

/** "2024-10-21" or an ISO datetime -> "21 October 2024"; null when the value is not a date. */
export function formatDate(value: string | null | undefined): string | null {
  if (!value) return null
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value)
  return Number.isNaN(date.getTime()) ? null : longDate.format(date)
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

const dateAndTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
})

/** An ISO datetime -> "1 December 2026, 16:53 UTC": the same on every server and in every browser. */
export function formatDateTime(value: string): string | null {
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : `${dateAndTime.format(date).replace(' at ', ', ')} UTC`
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
