import { describe, expect, it } from 'vitest'
import {
  bandMaximum,
  formatScore,
  isValidScore,
  METER_FLOOR,
  METER_MARKS,
  meterFraction,
  parseScoreText,
  roundScore,
  SCORE_BANDS,
  scoreBand,
  scoreLabel,
  scoreSentence,
} from '@/lib/score'

describe('roundScore', () => {
  it('rounds to one decimal without floating-point dust', () => {
    expect(roundScore(0.1 + 0.2)).toBe(0.3)
    expect(roundScore(9.25)).toBe(9.3)
    expect(roundScore(9.349)).toBe(9.3)
  })

  it('clamps to the 0..10 scale', () => {
    expect(roundScore(11)).toBe(10)
    expect(roundScore(-0.4)).toBe(0)
  })

  it('refuses NaN instead of inventing a score', () => {
    expect(() => roundScore(Number.NaN)).toThrow(RangeError)
  })
})

describe('formatScore and scoreLabel', () => {
  it('always shows one decimal', () => {
    expect(formatScore(9)).toBe('9.0')
    expect(formatScore(9.3)).toBe('9.3')
    expect(formatScore(10)).toBe('10.0')
  })

  it('reads a score out of ten', () => {
    expect(scoreLabel(9.3)).toBe('9.3 out of 10')
  })
})

describe('scoreSentence', () => {
  it('reads a score and its band as one sentence, naming what was scored when told', () => {
    expect(scoreSentence(9.3)).toBe('Scored 9.3 out of 10: Must watch')
    expect(scoreSentence(9.6, 'Acting')).toBe('Acting scored 9.6 out of 10: Must watch')
    expect(scoreSentence(7)).toBe('Scored 7.0 out of 10: Recommended')
  })
})

describe('meter scale', () => {
  it('starts at the lowest band floor above zero, with a mark where each higher band begins', () => {
    expect(METER_FLOOR).toBe(5)
    expect(METER_MARKS.map((band) => band.minimum)).toEqual([7, 8, 9])
  })

  it('spreads the scores reviews give across the bar and keeps lower ones at its start', () => {
    expect(meterFraction(10)).toBe(1)
    expect(meterFraction(9)).toBeCloseTo(0.8)
    expect(meterFraction(9.6) - meterFraction(8.9)).toBeCloseTo(0.14)
    expect(meterFraction(5)).toBe(0)
    expect(meterFraction(3.1)).toBe(0)
  })
})

describe('bandMaximum', () => {
  it('ends each band one step below the next band up, and the top band at 10', () => {
    expect(SCORE_BANDS.map((band) => [band.minimum, bandMaximum(band)])).toEqual([
      [9, 10],
      [8, 8.9],
      [7, 7.9],
      [5, 6.9],
      [0, 4.9],
    ])
  })
})

describe('scoreBand', () => {
  it.each([
    [10, 'Must watch'],
    [9, 'Must watch'],
    [8.9, 'Highly recommended'],
    [8, 'Highly recommended'],
    [7.9, 'Recommended'],
    [7, 'Recommended'],
    [6.9, 'Mixed'],
    [5, 'Mixed'],
    [4.9, 'Skip'],
    [0, 'Skip'],
  ])('puts %s in "%s"', (score, label) => {
    expect(scoreBand(score).label).toBe(label)
  })

  it('bands the score readers see: 8.96 shows as 9.0, so it is a must watch', () => {
    expect(scoreBand(8.96).id).toBe('must-watch')
  })
})

describe('band colours', () => {
  // WCAG 2 relative luminance of a #rrggbb colour.
  function luminance(hex: string): number {
    const channels = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255)
    const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }

  it.each(SCORE_BANDS.map((band) => [band.label, band.colour]))(
    '"%s" (%s) carries white text at 4.5:1',
    (_, colour) => {
      expect((1 + 0.05) / (luminance(colour) + 0.05)).toBeGreaterThanOrEqual(4.5)
    },
  )
})

describe('isValidScore', () => {
  it('accepts scores in 0..10 with at most one decimal', () => {
    for (const score of [0, 0.1, 5, 9.3, 10]) expect(isValidScore(score)).toBe(true)
  })

  it('rejects anything else', () => {
    for (const value of [-0.1, 10.1, 9.35, Number.NaN, Number.POSITIVE_INFINITY, '9.3', null, undefined]) {
      expect(isValidScore(value)).toBe(false)
    }
  })
})

describe('parseScoreText', () => {
  it('reads what an editor types, including a decimal comma', () => {
    expect(parseScoreText('9.3')).toBe(9.3)
    expect(parseScoreText(' 9,3 ')).toBe(9.3)
    expect(parseScoreText('10')).toBe(10)
  })

  it('treats an empty box as clearing the score', () => {
    expect(parseScoreText('')).toBeNull()
    expect(parseScoreText('  ')).toBeNull()
  })

  it('waits on text that is not yet a number', () => {
    expect(parseScoreText('.')).toBeUndefined()
    expect(parseScoreText('nine')).toBeUndefined()
    expect(parseScoreText('9.3.1')).toBeUndefined()
  })
})
