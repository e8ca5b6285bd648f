import { renderSectionCard } from '@/lib/og/section-card'
import { CARD_SIZE } from '@/lib/og/ShareCard'

export const alt = 'Our critics, and the site’s name'
export const size = CARD_SIZE
export const contentType = 'image/png'

export default function CriticsShareImage() {
  return renderSectionCard({ kicker: 'Critics', title: 'The critics behind every score', detail: null })
}
