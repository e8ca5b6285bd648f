import { Box, Flex, Text, TextInput } from '@sanity/ui'
import { useCallback, useState, type ChangeEvent, type FocusEvent } from 'react'
import { set, unset, type FormPatch, type NumberInputProps } from 'sanity'
import { ScoreBadge } from '@/components/score/ScoreBadge'
import { isValidScore, parseScoreText, roundScore, scoreLabel, SCORE_MAX, SCORE_MIN, SCORE_STEP } from '@/lib/score'

/**
 * What typing into the score box does: an empty box clears the score, a number is saved as typed
 * (validation explains anything out of range), and half-typed text ("9.") waits for more.
 */
export function scorePatchForText(text: string): FormPatch | null {
  const parsed = parseScoreText(text)
  if (parsed === undefined) return null
  return parsed === null ? unset() : set(parsed)
}

/** The slider moves in steps of 0.1; rounding keeps 0.1 + 0.2 from being saved as 0.30000000000000004. */
export function scorePatchForSlider(position: string): FormPatch {
  return set(roundScore(Number(position)))
}

/**
 * Score field: a number box and a slider in 0.1 steps, with the same badge readers see on the site.
 */
export function ScoreInput(props: NumberInputProps) {
  const { value, onChange, readOnly, elementProps } = props
  // What the editor is typing, kept apart from the saved number so "9." is not reformatted to "9".
  const [typed, setTyped] = useState<string | null>(null)
  const hasScore = typeof value === 'number'

  const handleText = useCallback(
    (event: ChangeEvent<HTMLInputElement>) => {
      const text = event.currentTarget.value
      setTyped(text)
      const patch = scorePatchForText(text)
      if (patch) onChange(patch)
    },
    [onChange],
  )

  const handleBlur = useCallback(
    (event: FocusEvent<HTMLInputElement>) => {
      setTyped(null)
      elementProps.onBlur(event)
    },
    [elementProps],
  )

  const handleSlider = useCallback(
    (event: ChangeEvent<HTMLInputElement>) => {
      setTyped(null)
      onChange(scorePatchForSlider(event.currentTarget.value))
    },
    [onChange],
  )

  const sliderPosition =
    hasScore && Number.isFinite(value) ? Math.min(SCORE_MAX, Math.max(SCORE_MIN, value)) : SCORE_MIN

  return (
    <Flex align="center" gap={3} wrap="wrap">
      <Box style={{ width: '5.5rem' }}>
        <TextInput
          {...elementProps}
          inputMode="decimal"
          value={typed ?? (hasScore ? String(value) : '')}
          onChange={handleText}
          onBlur={handleBlur}
          placeholder="0–10"
        />
      </Box>
      <Box flex={1} style={{ minWidth: '10rem' }}>
        <input
          type="range"
          min={SCORE_MIN}
          max={SCORE_MAX}
          step={SCORE_STEP}
          value={sliderPosition}
          onChange={handleSlider}
          disabled={readOnly}
          aria-label="Score slider"
          aria-valuetext={hasScore ? scoreLabel(sliderPosition) : 'Not scored'}
          style={{ width: '100%', accentColor: 'currentColor' }}
        />
      </Box>
      {hasScore && isValidScore(value) ? (
        <ScoreBadge score={value} size="sm" inlineStyles />
      ) : (
        <Text size={1} muted>
          {hasScore ? 'Not a valid score' : 'Not scored yet'}
        </Text>
      )}
    </Flex>
  )
}
