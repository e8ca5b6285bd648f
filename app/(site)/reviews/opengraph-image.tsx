import { renderSectionCard } from '@/lib/og/section-card'
import { CARD_SIZE } from '@/lib/og/ShareCard'

export const alt = 'Reviews: what the list holds, and the site’s name'
export const size = CARD_SIZE
export const contentType = 'image/png'

export default function ReviewsListShareImage() {
  return renderSectionCard({ kicker: 'Reviews', title: 'Every critic’s review, newest first', detail: null })
}
