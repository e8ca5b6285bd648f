import { renderSectionCard } from '@/lib/og/section-card'
import { CARD_SIZE } from '@/lib/og/ShareCard'

export const alt = 'How we score: the score scale and its bands, and the site’s name'
export const size = CARD_SIZE
export const contentType = 'image/png'

export default function HowWeScoreShareImage() {
  return renderSectionCard({
    kicker: 'How we score',
    title: 'Scores out of 10, and what each band means',
    detail: null,
  })
}
