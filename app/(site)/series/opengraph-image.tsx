import { renderSectionCard } from '@/lib/og/section-card'
import { CARD_SIZE } from '@/lib/og/ShareCard'

export const alt = 'Series: what the list holds, and the site’s name'
export const size = CARD_SIZE
export const contentType = 'image/png'

export default function SeriesListShareImage() {
  return renderSectionCard({ kicker: 'Series', title: 'Every series we review, with its score', detail: null })
}
