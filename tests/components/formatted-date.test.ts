import { describe, expect, it } from 'vitest'

import { formatDate, formatDateTime } from '@/components/format/FormattedDate'

const intlDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
const intlDateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
})
const DAY_MS = 86_400_000

describe('the site date format', () => {
  it("writes every day from 1990 to 2040 as Intl's British English long date does", () => {
    const mismatches: string[] = []
    for (let time = Date.UTC(1990, 0, 1); time <= Date.UTC(2040, 11, 31); time += DAY_MS) {
      const day = new Date(time).toISOString().slice(0, 10)
      if (formatDate(day) !== intlDate.format(time)) mismatches.push(`${day}: ${formatDate(day)}`)
    }
    expect(mismatches).toEqual([])
    expect(formatDate('2024-10-21')).toBe('21 October 2024')
  })

  it('reads a full timestamp in UTC, whatever its offset', () => {
    expect(formatDate('2024-10-21T23:30:00-05:00')).toBe('22 October 2024')
  })

  it("writes moments to the minute in UTC, as Intl's British English does", () => {
    const mismatches: string[] = []
    // A step of a prime number of minutes visits every hour and minute across the years.
    for (let time = Date.UTC(2000, 0, 1); time <= Date.UTC(2040, 0, 1); time += 7919 * 60_000) {
      const iso = new Date(time).toISOString()
      const expected = `${intlDateTime.format(time).replace(' at ', ', ')} UTC`
      if (formatDateTime(iso) !== expected) mismatches.push(`${iso}: ${formatDateTime(iso)} / ${expected}`)
    }
    expect(mismatches).toEqual([])
    expect(formatDateTime('2026-12-01T16:53:09Z')).toBe('1 December 2026, 16:53 UTC')
    expect(formatDateTime('2026-01-05T04:07:00Z')).toBe('5 January 2026, 04:07 UTC')
  })

  it('gives nothing for a value that is not a date', () => {
    expect(formatDate('')).toBeNull()
    expect(formatDate(null)).toBeNull()
    expect(formatDate('not a date')).toBeNull()
    expect(formatDateTime('2026-13-45T99:00:00Z')).toBeNull()
  })
})
