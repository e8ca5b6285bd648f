import { describe, expect, it } from 'vitest'

import { mentionRuns, mentionTargetsFor } from '@/lib/reactions/mentions'

const joon = { name: 'Joon', commentId: 'c1' }
const joonho = { name: 'Joonho', commentId: 'c2' }
const miRae = { name: 'Mi Rae', commentId: 'c3' }
const miRaeKim = { name: 'Mi Rae Kim', commentId: 'c4' }

describe('mentionRuns', () => {
  it('cuts a body into text and mentions of known names', () => {
    expect(mentionRuns('@Joon agreed, and so did @Mi Rae.', [joon, miRae])).toEqual([
      { text: '@Joon', mention: joon },
      { text: ' agreed, and so did ' },
      { text: '@Mi Rae', mention: miRae },
      { text: '.' },
    ])
  })

  it('takes the longest name that follows the @, spaces included', () => {
    expect(mentionRuns('thanks @Mi Rae Kim!', [miRae, miRaeKim])).toEqual([
      { text: 'thanks ' },
      { text: '@Mi Rae Kim', mention: miRaeKim },
      { text: '!' },
    ])
    expect(mentionRuns('@Joonho wrote it', [joon, joonho])[0]).toEqual({ text: '@Joonho', mention: joonho })
  })

  it('does not take a name that runs on into a longer word', () => {
    expect(mentionRuns('@Joonie said', [joon])).toEqual([{ text: '@Joonie said' }])
  })

  it('leaves unknown names, bare @ signs and e-mail addresses as text', () => {
    expect(mentionRuns('@Nobody and @ and joon@example.com', [joon])).toEqual([
      { text: '@Nobody and @ and joon@example.com' },
    ])
    expect(mentionRuns('@Joon', [])).toEqual([{ text: '@Joon' }])
  })

  it('matches names whatever their case and keeps the text as typed', () => {
    expect(mentionRuns('@joon, 흥수 says hi', [joon])).toEqual([
      { text: '@joon', mention: joon },
      { text: ', 흥수 says hi' },
    ])
    const hangul = { name: '고영', commentId: 'c9' }
    expect(mentionRuns('@고영 맞아요', [hangul])[0]).toEqual({ text: '@고영', mention: hangul })
  })

  it('keeps markup as text: runs are strings, never HTML', () => {
    const body = '<script>alert(1)</script> @Joon <b>bold</b>'
    const runs = mentionRuns(body, [joon])
    expect(runs.map((run) => run.text).join('')).toBe(body)
    expect(runs[0]).toEqual({ text: '<script>alert(1)</script> ' })
  })
})

describe('mentionTargetsFor', () => {
  const thread = [
    { id: 'a', name: 'Joon', createdAt: '2026-12-01T10:00:00.000Z' },
    { id: 'b', name: 'Mi Rae', createdAt: '2026-12-01T10:05:00.000Z' },
    { id: 'c', name: 'Joon', createdAt: '2026-12-01T10:10:00.000Z' },
    { id: 'd', name: 'Late Comer', createdAt: '2026-12-01T10:20:00.000Z' },
  ]

  it("points each earlier commenter's name at their latest comment before this one", () => {
    const targets = mentionTargetsFor(thread[3], thread)
    expect(targets).toEqual(
      expect.arrayContaining([
        { name: 'Joon', commentId: 'c' },
        { name: 'Mi Rae', commentId: 'b' },
      ]),
    )
    expect(targets).toHaveLength(2)
  })

  it('knows nobody who wrote later', () => {
    expect(mentionTargetsFor(thread[1], thread)).toEqual([{ name: 'Joon', commentId: 'a' }])
    expect(mentionTargetsFor(thread[0], thread)).toEqual([])
  })
})
